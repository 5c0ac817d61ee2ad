// The words an error answer gives people, from the technical text services write.
import { describe, expect, it } from 'vitest';
import { badRequestWords, notFoundWords } from '../../server/http/people-words.ts';

describe('error words', () => {
  it('names what was not found from the scope that looked for it', () => {
    expect(notFoundWords("graph.entity: no entity with id 'x'")).toBe('No entity with this id. It may have been removed or come from another dataset.');
    expect(notFoundWords("paths.find: no entity with id 'x'")).toMatch(/^No entity with this id\./);
    expect(notFoundWords("tours.step: tour 't' has 3 steps, numbered from 0")).toMatch(/^This tour has no such step\./);
    expect(notFoundWords("tours.get: no tour 't'")).toMatch(/^No tour with this id\./);
    expect(notFoundWords("tours.get: tour 't': step 1: show.entities.0: no entity 'x'")).toMatch(/^This tour cannot be opened/);
    expect(notFoundWords('something.new: gone')).toMatch(/^Nothing was found for this request\./);
    // A message a service already wrote for people (no service.function scope) is kept, made a sentence.
    expect(notFoundWords("No entity 'x' in the datasets chosen (a): it comes from dataset 'b'. Add that dataset to explore it")).toBe("No entity 'x' in the datasets chosen (a): it comes from dataset 'b'. Add that dataset to explore it.");
  });

  it('labels the field at fault and keeps the reason, and leaves words that already read well', () => {
    expect(badRequestWords('q: type at least one letter or digit', 'q')).toBe('Search text: type at least one letter or digit.');
    expect(badRequestWords('params.status: must be one of alleged, denied', 'params.status')).toBe('Parameter “status”: must be one of alleged, denied.');
    expect(badRequestWords('steps.0.camera: pick fit or zoom', 'steps.0.camera')).toBe('“steps.0.camera”: pick fit or zoom.');
    expect(badRequestWords('tours.save: step 2 ("Two"): unknown saved query', 'steps.1.show.query.id')).toBe('Step 2 ("Two"): unknown saved query.');
    expect(badRequestWords("edges.csv row 7, column target: unknown node 'x'", 'edges.3.target')).toBe("edges.csv row 7, column target: unknown node 'x'.");
  });
});
