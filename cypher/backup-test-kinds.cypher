// Test only (tests/api/backup.test.ts): synthetic elements holding every kind of property value Neo4j stores, and
// shapes a backup must keep: a node without labels, one without properties, identical twins, odd label and type
// names, a self-loop and parallel relationships. $bytes is the one value Cypher has no literal for.
CREATE (a:Entity:SyntheticKinds {
  id: 'synthetic-kinds-alpha', dataset: 'fixture-backup-kinds', name: 'Synthetic Kinds Alpha',
  beyondDouble: 9007199254740993, minInt: -9223372036854775808, maxInt: 9223372036854775807, wholeFloat: 3.0,
  notANumber: 0.0 / 0.0, infinity: 1.0 / 0.0, minusInfinity: -1.0 / 0.0, minusZero: -0.0, tiny: 5e-324,
  day: date('2024-02-29'), farDay: date('-0044-03-15'), local: localdatetime('2024-02-29T12:34:56.123456789'),
  zoned: datetime('2024-10-27T02:30:00[Europe/Paris]'), offset: datetime('2024-01-01T00:00:00.5+05:45'),
  utc: datetime('1970-01-01T00:00:00Z'), clock: time('12:00:00.000000001-03:30'), wall: localtime('23:59:59.999999999'),
  span: duration('P1Y2M3DT4H5M6.007008009S'), negativeSpan: duration('-PT1.5S'),
  flat: point({x: 1.5, y: -2.0}), earth: point({longitude: 104.9, latitude: 11.55}), space: point({x: 1, y: 2, z: -3.25}),
  earth3d: point({longitude: 1.0, latitude: 2.0, height: 3.0}),
  ints: [1, -2, 9007199254740993], floats: [1.0, 2.5, 0.0 / 0.0], words: ['a', 'ü', '', 'line\nbreak'], flags: [true, false],
  days: [date('2020-01-01'), date('2021-12-31')], zonedList: [datetime('2024-06-01T08:00:00[Asia/Phnom_Penh]')],
  nothing: [], bytes: $bytes,
  text: 'NUL \u0000, tab \t, emoji \uD83E\uDDEA, "quotes", \\ backslash, {"#f": 1} looks like a tag'
})
CREATE (b {id: 'synthetic-kinds-unlabelled', note: 'no labels at all'})
CREATE (c:`Synthetic Label With Spaces`:`Back``tick`)
CREATE (t1:SyntheticTwin {v: 1}), (t2:SyntheticTwin {v: 1})
CREATE (a)-[:`SYNTHETIC ODD TYPE` {when: date('2024-02-29'), weight: 0.5, count: 9007199254740993, tags: ['x', 'y']}]->(b)
CREATE (a)-[:SYNTHETIC_SELF {span: duration('PT1S')}]->(a)
CREATE (t1)-[:SYNTHETIC_PARALLEL]->(t2), (t1)-[:SYNTHETIC_PARALLEL]->(t2), (t2)-[:SYNTHETIC_PARALLEL {v: 1}]->(c)
