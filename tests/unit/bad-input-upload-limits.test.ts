// The page checks an upload's documented limits before reading a file or sending a body (issue 11, item 10).
import { describe, expect, it } from 'vitest';
import { DatasetUpload, MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_EDGES, MAX_UPLOAD_FILE_BYTES, MAX_UPLOAD_NODES } from '../../server/contract/datasets.ts';
import { fileSizeProblem, uploadProblem } from '../../client/classroom/import/limits.ts';

const upload = (nodes: number, edges: number, nameLength = 4): DatasetUpload => ({
  name: 'big-one',
  files: { nodes: 'nodes.csv', edges: 'edges.csv' },
  nodes: Array.from({ length: nodes }, (_, i) => ({ id: `n${i}`, name: 'x'.repeat(nameLength), row: i + 2 })),
  edges: Array.from({ length: edges }, (_, i) => ({ source: 'n0', target: `n${i % Math.max(nodes, 1)}`, row: i + 2 })),
});

describe('upload limits in the page', () => {
  it('refuse a 50 MB file by its size, before reading it, naming it and the limits', () => {
    const problem = fileSizeProblem([{ name: 'small.csv', size: 10 }, { name: 'huge.csv', size: 50 * 1024 * 1024 }]);
    expect(problem).toMatch(/^huge\.csv is 50 MB, too big to import, so it was not read\./);
    expect(problem).toContain('at most 5,000 nodes and 10,000 links');
    expect(fileSizeProblem([{ name: 'edge.csv', size: MAX_UPLOAD_FILE_BYTES }])).toBeUndefined();
  });

  it('refuse more nodes or links than an upload may hold', () => {
    expect(uploadProblem(upload(MAX_UPLOAD_NODES + 1, 0))).toMatch(/^nodes\.csv has 5,001 nodes, more than an upload may hold/);
    expect(uploadProblem(upload(10, MAX_UPLOAD_EDGES + 1))).toMatch(/^edges\.csv has 10,001 links/);
  });

  it('refuse a network whose body would pass the API limit, and pass one at the limits that fits', () => {
    const fat = upload(4000, 0, 300);
    expect(new TextEncoder().encode(JSON.stringify(fat)).length).toBeGreaterThan(MAX_UPLOAD_BODY_BYTES);
    expect(uploadProblem(fat)).toMatch(/^This network makes 1\.\d MB to send, more than the server accepts/);
    expect(uploadProblem(upload(3000, 6000))).toBeUndefined();
  });
});
