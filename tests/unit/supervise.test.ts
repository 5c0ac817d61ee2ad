// The supervisor's decisions on an injected clock: restart after one unexpected exit, stop after a second within
// the window, and say so. The real kill -9 and restart are in tests/api/outage.test.ts.
import { describe, expect, it } from 'vitest';
import { RestartPolicy, superviseLocalNeo4j } from '../../server/startup/supervise.ts';
import type { LocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';

/** A stand-in for the Neo4j process: the test decides when it "dies". Only the supervisor's choices are under test. */
function fakeProcess(pid: number) {
  let exit: ((how: string) => void) | undefined;
  let stops = 0;
  const proc: LocalNeo4j = {
    uri: 'bolt://127.0.0.1:1', pid,
    stop: async () => { stops += 1; },
    onUnexpectedExit: (listener) => { exit = listener; },
  };
  return { proc, die: (how = 'killed by SIGKILL') => exit!(how), get stops() { return stops; } };
}

const at = (hh: number, mm: number, ss = 0) => new Date(2026, 0, 5, hh, mm, ss).getTime();

describe('RestartPolicy', () => {
  it('restarts after a first exit and after exits more than a minute apart', () => {
    const policy = new RestartPolicy();
    expect(policy.onExit(at(10, 0)).action).toBe('restart');
    expect(policy.onExit(at(10, 1, 1)).action).toBe('restart');
    expect(policy.onExit(at(10, 5)).action).toBe('restart');
  });

  it('gives up on a second exit within a minute of the previous one, naming when that was', () => {
    const policy = new RestartPolicy();
    policy.onExit(at(10, 0));
    const decision = policy.onExit(at(10, 0, 59));
    expect(decision).toEqual({ action: 'give-up', previous: new Date(at(10, 0)) });
  });

  it('counts the minute from when the restart was ready, so a slow restart cannot hide a quick second death', () => {
    const policy = new RestartPolicy();
    policy.onExit(at(10, 0));
    policy.onRestarted(at(10, 1, 30));
    expect(policy.onExit(at(10, 2))).toEqual({ action: 'give-up', previous: new Date(at(10, 1, 30)) });
  });

  it('restarts again when the restarted one ran for more than a minute', () => {
    const policy = new RestartPolicy();
    policy.onExit(at(10, 0));
    policy.onRestarted(at(10, 0, 20));
    expect(policy.onExit(at(10, 1, 21)).action).toBe('restart');
  });
});

describe('superviseLocalNeo4j', () => {
  it('restarts once, reports it, then stops with a clear message when the new one dies within the minute', async () => {
    let clock = at(23, 41);
    // The restart takes 40 s of the clock; the second death comes 70 s after the first, 30 s after the restart.
    let restartDone: (p: LocalNeo4j) => void = () => {};
    const lines: string[] = [];
    const givenUp: string[] = [];
    const first = fakeProcess(100);
    const second = fakeProcess(200);
    const supervisor = superviseLocalNeo4j(first.proc, {
      restart: () => new Promise<LocalNeo4j>((resolve) => { restartDone = resolve; }),
      log: (l) => lines.push(l),
      onGiveUp: (m) => givenUp.push(m),
      now: () => clock,
      logsDir: '.neo4j/logs',
    });
    expect(supervisor.status().state).toBe('running');

    first.die();
    expect(supervisor.status().state).toBe('restarting');
    clock = at(23, 42, 20);
    restartDone(second.proc);
    await expect.poll(() => supervisor.status().state).toBe('running');
    expect(supervisor.current().pid).toBe(200);
    expect(supervisor.status().lastExit).toEqual({ at: new Date(at(23, 41)), how: 'killed by SIGKILL' });
    expect(lines).toContain('neo4j-local: Neo4j exited unexpectedly (killed by SIGKILL) at 23:41; restarting it');
    expect(lines).toContain('neo4j-local: restarted after an unexpected exit at 23:41');

    clock = at(23, 42, 50);
    second.die('exit code 137');
    expect(supervisor.status().state).toBe('stopped');
    expect(givenUp).toHaveLength(1);
    expect(givenUp[0]).toMatch(/^Neo4j exited unexpectedly again \(exit code 137\) at 23:42, less than a minute after it was restarted at 23:42 \(after an unexpected exit at 23:41\), so it is not restarted again and Scamgraph stops\. See \.neo4j\/logs/);
    expect(supervisor.status().message).toBe(givenUp[0]);
    await supervisor.stop();
  });

  it('keeps restarting when deaths are more than a minute apart', async () => {
    let clock = at(8, 0);
    const procs = [fakeProcess(1), fakeProcess(2), fakeProcess(3)];
    let next = 1;
    const givenUp: string[] = [];
    const supervisor = superviseLocalNeo4j(procs[0]!.proc, { restart: async () => procs[next++]!.proc, log: () => {}, onGiveUp: (m) => givenUp.push(m), now: () => clock });
    procs[0]!.die();
    await expect.poll(() => supervisor.current().pid).toBe(2);
    clock = at(8, 2);
    procs[1]!.die();
    await expect.poll(() => supervisor.current().pid).toBe(3);
    expect(givenUp).toEqual([]);
  });

  it('gives up, saying why, when the restart itself fails', async () => {
    const first = fakeProcess(1);
    const givenUp: string[] = [];
    const supervisor = superviseLocalNeo4j(first.proc, {
      restart: async () => { throw new Error('port 7687 is taken'); },
      log: () => {}, onGiveUp: (m) => givenUp.push(m), now: () => at(9, 5),
    });
    first.die();
    await expect.poll(() => givenUp.length).toBe(1);
    expect(givenUp[0]).toBe('Neo4j exited unexpectedly (killed by SIGKILL) at 09:05 and could not be restarted: port 7687 is taken.');
    expect(supervisor.status().state).toBe('stopped');
  });

  it('does not restart after stop() was asked for', async () => {
    const first = fakeProcess(1);
    let restarts = 0;
    const supervisor = superviseLocalNeo4j(first.proc, { restart: async () => { restarts += 1; return fakeProcess(2).proc; }, log: () => {}, onGiveUp: () => {} });
    await supervisor.stop();
    expect(first.stops).toBe(1);
    first.die();
    expect(restarts).toBe(0);
  });
});
