import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * The gateway's Prometheus metrics, one registry per app (tests build many).
 * Labels are task ids, outcomes and routes: never users or text.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: "koki_http_requests_total",
    help: "HTTP requests by route and status",
    labelNames: ["route", "status"],
    registers: [this.registry],
  });
  readonly runs = new Counter({ name: "koki_runs_total", help: "Runs by task and outcome", labelNames: ["task", "outcome"], registers: [this.registry] });
  readonly runDuration = new Histogram({
    name: "koki_run_duration_seconds",
    help: "Run duration, request to end of stream",
    labelNames: ["task"],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly timeToFirstText = new Histogram({
    name: "koki_time_to_first_text_seconds",
    help: "Request to the first streamed text",
    labelNames: ["task"],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly queueWait = new Histogram({
    name: "koki_queue_wait_seconds",
    help: "Time a backend request waited for a slot",
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly backendFirstToken = new Histogram({
    name: "koki_backend_first_token_seconds",
    help: "Backend request to its first chunk",
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly backendDuration = new Histogram({
    name: "koki_backend_request_duration_seconds",
    help: "Backend request duration",
    labelNames: ["outcome"],
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: "koki_limit_rejections_total",
    help: "Requests refused by per-user limits",
    labelNames: ["limit"],
    registers: [this.registry],
  });

  constructor(queue: { waiting: number; running: number }) {
    collectDefaultMetrics({ register: this.registry, prefix: "koki_" });
    new Gauge({
      name: "koki_queue_length",
      help: "Backend requests waiting for a slot",
      registers: [this.registry],
      collect() {
        this.set(queue.waiting);
      },
    });
    new Gauge({
      name: "koki_backend_active",
      help: "Backend requests running",
      registers: [this.registry],
      collect() {
        this.set(queue.running);
      },
    });
  }
}
