// Preloaded with `node --import` by the privacy test: any attempt to reach the network
// (sockets, DNS, HTTP, fetch) is recorded in REFLET_TEST_NET_FILE and refused.
import dns from "node:dns";
import { appendFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const record = (what) => () => {
  appendFileSync(process.env.REFLET_TEST_NET_FILE, `${what}\n`);
  throw new Error(`network use refused: ${what}`);
};
net.Socket.prototype.connect = record("net.Socket.connect");
net.connect = net.createConnection = record("net.connect");
tls.connect = record("tls.connect");
dns.lookup = dns.resolve = record("dns");
dns.promises.lookup = dns.promises.resolve = record("dns.promises");
http.request = http.get = record("http");
https.request = https.get = record("https");
globalThis.fetch = record("fetch");
globalThis.WebSocket = record("WebSocket");
