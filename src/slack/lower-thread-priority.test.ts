import { describe, expect, it } from 'vitest';
import { lowerThreadPriority } from './lower-thread-priority.js';

describe('lowerThreadPriority', () => {
  it('sets the nice value of the calling thread, named by /proc/thread-self', () => {
    const set: Array<[number, number]> = [];
    const tid = lowerThreadPriority(10, {
      readThreadLink: () => '4100/task/4107',
      setPriority: (id, priority) => set.push([id, priority]),
    });
    expect([tid, set]).toEqual([4107, [[4107, 10]]]);
  });

  describe('edge cases', () => {
    it('changes nothing where there is no /proc/thread-self (not Linux)', () => {
      const set: number[] = [];
      const tid = lowerThreadPriority(10, {
        readThreadLink: () => {
          throw new Error('ENOENT');
        },
        setPriority: (id) => set.push(id),
      });
      expect([tid, set]).toEqual([null, []]);
    });

    it('returns null when the link is not PID/task/TID or the system refuses', () => {
      const refuse = () => {
        throw new Error('EACCES');
      };
      expect(lowerThreadPriority(10, { readThreadLink: () => 'self', setPriority: () => undefined })).toBeNull();
      expect(lowerThreadPriority(10, { readThreadLink: () => '1/task/2', setPriority: refuse })).toBeNull();
    });
  });
});
