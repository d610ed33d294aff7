// Ctrl-C (SIGINT outside raw mode), SIGTERM and SIGHUP during a session: instead of dying
// mid-prompt, the current prompt is aborted and the session ends as Interrupted, with its
// progress already checkpointed. Our own listeners also stop Inquirer's signal-exit hook
// from re-raising the signal before the resume line is printed.
export const SESSION_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface SignalWatch {
  /** Aborted with the signal's name as reason. */
  signal: AbortSignal;
  dispose(): void;
}

export function watchSignals(proc: NodeJS.Process = process): SignalWatch {
  const controller = new AbortController();
  const stop = (sig: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(sig);
  };
  for (const sig of SESSION_SIGNALS) proc.on(sig, stop);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const sig of SESSION_SIGNALS) proc.off(sig, stop);
    },
  };
}
