import { RUN_PROCESS_CHANGE_HISTORY_MIB, runProcessStorage } from '../../server/scenarios/run-storage';

describe('runProcessStorage', () => {
  it('keeps a run of its own in memory, with a small change history nothing reads', () => {
    const storage = runProcessStorage({ YIDAN_DATA_DIR: '/srv/yidan' });
    expect(storage.dataDir).toBeUndefined();
    expect(storage.changeHistoryMiB).toBe(RUN_PROCESS_CHANGE_HISTORY_MIB);
  });

  it('lets YIDAN_CHANGE_HISTORY_MIB decide when it is set, and checks it as the server does', () => {
    expect(runProcessStorage({ YIDAN_CHANGE_HISTORY_MIB: '8' }).changeHistoryMiB).toBe(8);
    expect(runProcessStorage({ YIDAN_CHANGE_HISTORY_MIB: '' }).changeHistoryMiB).toBe(RUN_PROCESS_CHANGE_HISTORY_MIB);
    expect(() => runProcessStorage({ YIDAN_CHANGE_HISTORY_MIB: '0' })).toThrow(/YIDAN_CHANGE_HISTORY_MIB must be an integer from 1 to 1048576/);
  });
});
