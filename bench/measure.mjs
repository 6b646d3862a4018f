import autocannon from "autocannon";

/**
 * One fixed load: `connections` keep-alive connections sending GET `url` as fast as the
 * server answers, for `seconds`. Returns requests per second (mean over the run), latency
 * percentiles in milliseconds, and every answer that was not 2xx or not an answer at all.
 */
export async function measure({ url, headers = {}, connections, seconds }) {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average },
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A short unmeasured run, so that the measured one does not include JIT warm-up and cold caches. */
export async function warmUp({ url, headers = {}, connections }) {
  await autocannon({ url, headers, connections, duration: 2 });
}
