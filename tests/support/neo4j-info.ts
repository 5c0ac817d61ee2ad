export const TEST_PASSWORD = 'scamgraph-test';
export interface TestNeo4j {
  uri: string;
  password: string;
}
