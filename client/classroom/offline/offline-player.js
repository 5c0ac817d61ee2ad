// The player inside a downloaded tour: plain JavaScript, no imports, no network. Reads #tour-data, draws with the inlined Cytoscape.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tour-data').textContent);
  // Cytoscape's own force layout (fcose is not inlined); labels count as part of a node, so they do not pile up.
  var COSE = {
    name: 'cose', nodeDimensionsIncludeLabels: true, padding: 40, componentSpacing: 80,
    nodeRepulsion: function () { return 30000; }, idealEdgeLength: function () { return 100; }, nodeOverlap: 20, gravity: 0.6,
  };
  /** A small step is not blown up past this zoom: the picture should look the same size from step to step. */
  var MAX_ZOOM = 1.4;
  var steps = data.steps;
  var cy = window.cytoscape({
    container: document.getElementById('cy'),
    elements: data.elements,
    style: data.style,
    layout: data.positioned ? { name: 'preset' } : Object.assign({ animate: false, randomize: true }, COSE),
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
  });
  // Published, as in the app, so a test can look inside.
  window.__cy = cy;
  cy.elements().addClass('cls-big');

  var $ = function (id) { return document.getElementById(id); };
  var index = -1;
  var moving = null;

  function camera(step, visible) {
    var centre = step.camera && step.camera.center ? cy.getElementById(step.camera.center) : null;
    if (centre && centre.nonempty() && step.camera.zoom) {
      var zoom = Math.min(3, Math.max(0.15, step.camera.zoom));
      var p = centre.position();
      cy.animate({ zoom: zoom, pan: { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y } }, { duration: 600 });
    } else {
      var bb = visible.boundingBox({});
      var pad = 50;
      var fit = Math.min(MAX_ZOOM, (cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1));
      var z = Math.max(0.15, fit);
      cy.animate({ zoom: z, pan: { x: cy.width() / 2 - z * (bb.x1 + bb.w / 2), y: cy.height() / 2 - z * (bb.y1 + bb.h / 2) } }, { duration: 600 });
    }
  }

  function show(i) {
    i = Math.max(0, Math.min(steps.length - 1, i));
    if (i === index) return;
    index = i;
    var step = steps[i];
    var nodes = {};
    var edges = {};
    step.nodes.forEach(function (id) { nodes[id] = true; });
    step.edges.forEach(function (id) { edges[id] = true; });
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.style('display', nodes[n.id()] ? 'element' : 'none'); });
      cy.edges().forEach(function (e) { e.style('display', edges[e.id()] ? 'element' : 'none'); });
      cy.nodes().removeClass('cls-focus');
      step.highlight.forEach(function (id) { cy.getElementById(id).addClass('cls-focus'); });
    });
    var visible = cy.elements().filter(function (el) { return el.style('display') !== 'none'; });
    if (moving) moving.stop();
    if (data.positioned) camera(step, visible);
    else {
      // Each step gets a tidy layout of its own, grown from where its nodes already were.
      moving = visible.layout(Object.assign({ animate: true, animationDuration: 500, randomize: false, fit: false }, COSE));
      moving.one('layoutstop', function () { moving = null; camera(step, visible); });
      moving.run();
    }
    $('step-title').textContent = step.title;
    $('narration').innerHTML = step.narrationHtml;
    $('question').textContent = step.question;
    $('question-box').hidden = !step.question;
    $('counter').textContent = (i + 1) + ' / ' + steps.length;
    $('prev').disabled = i === 0;
    $('next').disabled = i === steps.length - 1;
    document.body.setAttribute('data-step', String(i + 1));
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var k = event.key;
    var to = k === 'ArrowRight' || k === ' ' || k === 'PageDown' ? index + 1
      : k === 'ArrowLeft' || k === 'PageUp' ? index - 1
        : k === 'Home' ? 0 : k === 'End' ? steps.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    show(to);
  });
  $('prev').addEventListener('click', function () { show(index - 1); });
  $('next').addEventListener('click', function () { show(index + 1); });
  window.addEventListener('resize', function () { cy.resize(); });
  show(0);
})();
