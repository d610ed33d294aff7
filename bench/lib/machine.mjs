// What the figures were measured on.
import { cpus, release, totalmem, type } from "node:os";

export function machine() {
  const list = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpu: `${list[0]?.model?.trim() ?? "unknown CPU"} × ${list.length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${type()} ${release()}`,
  };
}
