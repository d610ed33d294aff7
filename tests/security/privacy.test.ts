// Nothing leaves the machine: the bundle holds no network module, and every command that
// reads or writes personal data runs with the network refused, without trying to use it.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { folderWith, mini, reflet, root, tempDir } from "./helpers.ts";

const noNetwork = fileURLToPath(new URL("./no-network.mjs", import.meta.url));

describe("nothing is sent anywhere", () => {
  it("the built bundle imports no network module and calls no fetch", () => {
    const dist = join(root, "dist");
    const code = readdirSync(dist)
      .filter((f) => /\.c?js$/.test(f))
      .map((f) => readFileSync(join(dist, f), "utf8"))
      .join("\n");
    expect(code.length).toBeGreaterThan(0);
    for (const mod of ["http", "https", "http2", "net", "tls", "dgram", "dns"]) {
      expect(code, mod).not.toMatch(new RegExp(`["'\`](node:)?${mod}["'\`]`));
    }
    expect(code).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|navigator\.sendBeacon/);
  });

  it("scoring, batch with pseudonyms, templates, history and lists never try the network", () => {
    const net = join(tempDir(), "net.log");
    writeFileSync(net, "");
    const cwd = folderWith({
      "mini.yaml": mini,
      "a.yaml": "questionnaire: mini\nparticipant: alice\nanswers: {c1: 5, c2: 1, c3: 5, s1: a}\n",
    });
    const home = tempDir("reflet-home-");
    const env = { REFLET_HOME: home, REFLET_TEST_NET_FILE: net };
    for (const args of [
      ["list"],
      ["validate", "mini.yaml"],
      ["score", "mini.yaml", "--answers", "a.yaml", "--format", "json"],
      [
        "batch",
        "mini.yaml",
        "a.yaml",
        "--pseudonymize",
        "--reports",
        "out",
        "--summary",
        "team.html",
      ],
      ["template", "mini.yaml", "--format", "csv"],
      ["history"],
      ["journal"],
      ["schema"],
    ]) {
      const r = reflet(args, { cwd, env, preload: [noNetwork] });
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    }
    expect(readFileSync(net, "utf8")).toBe("");
  });
});
