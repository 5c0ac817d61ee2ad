// The Cytoscape stylesheet: how nodes, edges, allegation statuses and selection are drawn.
import type { StylesheetJson } from 'cytoscape';
import { NodeType } from '@contract/vocabulary.ts';
import { edgeColours, opinionShape, statusLook, typeLook, type StatusGroup } from './palette.ts';

const canvas = '#0E131A';
const labelColour = '#E4E9F0';

function typeRules(): StylesheetJson {
  return NodeType.options.map((type) => {
    const look = typeLook[type];
    return {
      selector: `node[type = "${type}"]`,
      style: {
        'background-color': look.colour,
        shape: look.shape,
        width: look.width,
        height: look.height,
        'border-color': look.stateActor ? '#E4E9F0' : canvas,
        'border-width': look.stateActor ? 4 : 1.5,
        'border-style': look.stateActor ? 'double' : 'solid',
      },
    };
  });
}

function statusRules(): StylesheetJson {
  return (Object.keys(statusLook) as StatusGroup[]).map((group) => {
    const look = statusLook[group];
    return {
      selector: `node[type = "Allegation"][statusGroup = "${group}"]`,
      style: {
        'background-color': look.fill,
        'background-opacity': look.fillOpacity,
        'border-color': look.border,
        'border-width': look.borderWidth,
        'border-style': look.borderStyle,
      },
    };
  });
}

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        color: labelColour,
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 10,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': canvas,
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 6,
        'overlay-padding': 6,
      },
    },
    // Only elements that have a label map one: a mapping with no data to read warns once per element per restyle.
    { selector: 'node[label]', style: { label: 'data(label)' } },
    ...typeRules(),
    {
      selector: 'node[type = "Allegation"]',
      style: { 'font-size': 9, color: '#F3D3E4', 'text-max-width': '150px' },
    },
    ...statusRules(),
    // From a dataset outside the curated graph: an amber label whose last line names the dataset (elements.ts).
    { selector: 'node[?outside]', style: { color: '#F5C76B' } },
    {
      selector: 'node[type = "Allegation"][?opinion]',
      style: { shape: opinionShape, width: 46, height: 34, 'font-style': 'italic' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': edgeColours.fact,
        'target-arrow-color': edgeColours.fact,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-size': 7.5,
        color: '#9AA6B6',
        'text-rotation': 'autorotate',
        'text-background-color': canvas,
        'text-background-opacity': 0.85,
        'text-background-padding': '1.5px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[label]', style: { label: 'data(label)' } },
    {
      selector: 'edge[?allegationEdge]',
      style: { 'line-color': edgeColours.allegation, 'target-arrow-color': edgeColours.allegation, color: '#E2A9C8' },
    },
    // While a claim is only alleged, the lines naming accuser and accused are broken, not solid.
    {
      selector: 'edge[?dashed]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    {
      selector: 'edge[?contested]',
      style: { 'line-style': 'dotted', 'line-color': '#8A8F98', 'target-arrow-color': '#8A8F98' },
    },
    {
      selector: 'edge[type = "CITED_IN"], edge[type = "CITES"], edge[type = "PUBLISHED_BY"]',
      style: { 'line-color': edgeColours.citation, 'target-arrow-color': edgeColours.citation, 'line-style': 'dotted', width: 1 },
    },
    // Same-as links (cross-referencing decisions): double and dashed, in their own colour, so none reads as evidence.
    {
      selector: 'edge[type = "SAME_AS"]',
      style: { 'line-color': '#3A9E8F', 'target-arrow-shape': 'none', 'line-style': 'dashed', 'line-dash-pattern': [2, 3], width: 3, color: '#2E7D71' },
    },
    {
      selector: '.faded',
      style: { opacity: 0.22 },
    },
    {
      selector: 'node:selected',
      style: {
        'underlay-color': '#FFFFFF',
        'underlay-opacity': 0.18,
        'underlay-padding': 9,
        'underlay-shape': 'ellipse',
        'font-weight': 700,
        'z-index': 20,
      },
    },
    {
      selector: 'edge:selected',
      style: { width: 3, 'line-color': '#FFFFFF', 'target-arrow-color': '#FFFFFF', color: '#FFFFFF', 'z-index': 20 },
    },
    {
      selector: 'node.fresh',
      style: { 'underlay-color': '#56B4E9', 'underlay-opacity': 0.15, 'underlay-padding': 5, 'underlay-shape': 'ellipse' },
    },
  ];
}
