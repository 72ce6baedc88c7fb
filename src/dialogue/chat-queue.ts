/**
 * @module dialogue/chat-queue
 * One task at a time per key within this process: the in-process half of
 * "one turn at a time per chat", shared by the session stores so two quick
 * messages of one learner never overwrite each other's session.
 */

/** Runs tasks of one key in arrival order, tasks of different keys side by side. */
export type KeyedQueue = <T>(key: string, task: () => Promise<T>) => Promise<T>

/** A fresh queue; a failed task does not stop the ones after it. */
export function createKeyedQueue(): KeyedQueue {
  const queues = new Map<string, Promise<unknown>>()
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(task)
    queues.set(key, next)
    void next
      .finally(() => {
        if (queues.get(key) === next) queues.delete(key)
      })
      .catch(() => undefined)
    return next
  }
}
