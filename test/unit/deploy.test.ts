import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("deployment files", () => {
  const verify = spawnSync("systemd-analyze", ["--version"]).status === 0 ? test : test.skip;
  verify("the systemd unit passes systemd-analyze verify", () => {
    const result = spawnSync("systemd-analyze", ["verify", join(ROOT, "deploy", "koki.service")], { encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe("");
    expect(result.status).toBe(0);
  });

  test("the nginx example keeps Server-Sent Events working", () => {
    const conf = read("deploy/nginx-koki.conf");
    const runs = conf.slice(conf.indexOf("location = /api/runs"), conf.indexOf("}", conf.indexOf("location = /api/runs")));
    for (const directive of ["proxy_buffering off;", "gzip off;", "proxy_read_timeout 3600s;", "proxy_http_version 1.1;"]) expect(runs).toContain(directive);
  });
});
