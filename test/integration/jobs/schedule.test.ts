import { QUEUE, NIGHTLY_SCHEDULER_ID } from '../../../jobs/names';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { dropPrefix, testSettings } from './helpers';

jest.setTimeout(60_000);

const settings = testSettings('nightly');
const opened: JobQueue[] = [];

/** Each "app start" opens its own queue connection and registers the nightly run, as serve and worker do. */
async function appStart(over: { cron?: string; tz?: string } = {}) {
  const q = openJobQueue({
    ...settings,
    nightly: { cron: over.cron ?? '0 2 * * *', tz: over.tz ?? 'Asia/Shanghai' },
  });
  opened.push(q);
  return { q, info: await q.registerNightly() };
}

afterAll(async () => {
  await Promise.all(opened.map((q) => q.close()));
  await dropPrefix(settings.prefix!);
});

describe('the nightly detection schedule', () => {
  it('is registered once however often the app starts', async () => {
    for (let i = 0; i < 5; i++) await appStart();
    const { q, info } = await appStart();
    const detect = q.bullQueues().find((x) => x.name === QUEUE.detect)!;
    expect(await detect.getJobSchedulersCount()).toBe(1);
    expect(await detect.getDelayedCount()).toBe(1);
    expect(info.id).toBe(NIGHTLY_SCHEDULER_ID);
  });

  it('fires at 02:00 Shanghai time (18:00 UTC) by default', async () => {
    const { info } = await appStart();
    const next = new Date(info.next!);
    expect(next.getUTCHours()).toBe(18);
    expect(next.getUTCMinutes()).toBe(0);
    expect(next.getTime()).toBeGreaterThan(Date.now());
  });

  it('follows a changed cron and time zone without adding a second schedule', async () => {
    const { q, info } = await appStart({ cron: '30 3 * * *', tz: 'UTC' });
    const detect = q.bullQueues().find((x) => x.name === QUEUE.detect)!;
    expect(new Date(info.next!).getUTCHours()).toBe(3);
    expect(new Date(info.next!).getUTCMinutes()).toBe(30);
    expect(await detect.getJobSchedulersCount()).toBe(1);
    expect(await detect.getDelayedCount()).toBe(1);
    const job = (await detect.getDelayed())[0];
    expect(job.data).toEqual({ trigger: 'nightly', params: {} });
  });
});
