// Item 15: the usual security headers, by helmet. The policy is strict where the page allows it; each source
// beyond 'self' below is there for a feature that needs it.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // CodeMirror and Cytoscape set styles from script (style-mod sheets, element styles); nothing inline in markup.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // data: for the favicon and canvas pictures; blob: for the SVG drawn into a canvas by the PNG export.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The layout worker is a same-origin module file (client/layout-worker); blob: for a worker Vite inlines.
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: the server speaks plain HTTP, and on a LAN address that would break the page.
      },
    },
    // The investigation is in the URL: an outgoing link to a source must not carry it.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // TLS, if any, is a proxy's business; HSTS sent from here would pin a name the proxy may not serve over https.
    strictTransportSecurity: false,
  });
}
