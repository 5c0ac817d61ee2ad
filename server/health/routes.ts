import { Router } from 'express';
import { Health } from '../contract/health.ts';
import { respond } from '../http/respond.ts';
import type { Db } from '../db/run.ts';
import { checkHealth } from './service.ts';
import type { SupervisionProbe } from './supervision.ts';

export function healthRoutes(db: Db, supervision?: SupervisionProbe): Router {
  return Router().get('/health', async (_req, res) => {
    const health = await checkHealth(db, supervision);
    respond(res, Health, health, health.status === 'ok' ? 200 : 503);
  });
}
