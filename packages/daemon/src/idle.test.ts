import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { collectWhenIdle, IDLE_CHECK_MS, memoryReducingCollection } from './idle';

describe('memoryReducingCollection', () => {
  // First: Node warns once per process, at the first use.
  it('does not print the experimental warning of the API it uses', async () => {
    const warnings: unknown[] = [];
    const onWarning = (w: unknown) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      memoryReducingCollection()();
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('gives back the pages of a fragmented old generation, which a plain full collection keeps', () => {
    setFlagsFromString('--expose-gc');
    const fullCollection = runInNewContext('gc') as () => void;
    // Survivors and garbage interleaved on the same old-generation pages.
    const fragment = () => {
      const kept: object[] = [];
      let dropped: object[] | undefined = [];
      for (let i = 0; i < 200_000; i++) {
        kept.push({ i, name: `kept-${i}` });
        dropped.push({ i, name: `dropped-${i}`, more: [i, i] });
      }
      fullCollection();
      fullCollection(); // both promoted
      dropped = undefined;
      return kept;
    };
    const slack = () => {
      const { heapTotal, heapUsed } = process.memoryUsage();
      return heapTotal - heapUsed;
    };

    let kept = fragment();
    fullCollection();
    const slackAfterFull = slack();
    kept = fragment();
    memoryReducingCollection()();
    const slackAfterReducing = slack();

    expect(kept).toHaveLength(200_000);
    // The dropped half was ~25 MB; a plain collection leaves most of it committed.
    expect(slackAfterFull).toBeGreaterThan(15e6);
    expect(slackAfterReducing).toBeLessThan(slackAfterFull / 3);
  });
});

describe('collectWhenIdle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function daemon(live = 0) {
    const state = { live, listener: () => undefined as void, collected: 0, trimmed: 0 };
    const stop = collectWhenIdle(
      { onActivity: (listener) => (state.listener = listener), liveContainers: () => state.live },
      { collect: () => state.collected++, trimMalloc: () => state.trimmed++ },
    );
    return { state, stop };
  }

  it('collects after a whole quiet check period, trims malloc a moment later, and once more 8 s on', () => {
    const { state, stop } = daemon();
    jest.advanceTimersByTime(IDLE_CHECK_MS);
    expect(state.collected).toBe(0); // the first quiet period
    jest.advanceTimersByTime(IDLE_CHECK_MS);
    expect([state.collected, state.trimmed]).toEqual([1, 0]);
    jest.advanceTimersByTime(IDLE_CHECK_MS);
    expect([state.collected, state.trimmed]).toEqual([1, 1]);
    jest.advanceTimersByTime(7 * IDLE_CHECK_MS);
    expect([state.collected, state.trimmed]).toEqual([2, 1]);
    jest.advanceTimersByTime(60 * IDLE_CHECK_MS);
    expect([state.collected, state.trimmed]).toEqual([2, 2]); // idle stays idle: nothing more
    stop();
  });

  it('waits while events keep coming and while a container runs', () => {
    const { state, stop } = daemon(1);
    for (let i = 0; i < 5; i++) {
      state.listener();
      jest.advanceTimersByTime(IDLE_CHECK_MS);
    }
    expect(state.collected).toBe(0);
    jest.advanceTimersByTime(10 * IDLE_CHECK_MS);
    expect(state.collected).toBe(0); // quiet, but a container runs
    state.live = 0;
    jest.advanceTimersByTime(2 * IDLE_CHECK_MS);
    expect(state.collected).toBe(1);
    state.listener(); // busy again before the second pass: that pass is dropped, the new idle period has its own
    jest.advanceTimersByTime(IDLE_CHECK_MS);
    state.listener();
    jest.advanceTimersByTime(9 * IDLE_CHECK_MS);
    expect(state.collected).toBe(2);
    jest.advanceTimersByTime(2 * IDLE_CHECK_MS);
    expect(state.collected).toBe(3);
    stop();
  });
});
