"""Kernel start to first kernel_info_reply, without jupyter_client's own start in the figure: writes a
connection file, starts the kernel, connects a shell socket at once and sends kernel_info_request, times
the reply, and reads the kernel's CPU time so far (every thread's, from /proc/PID/task/*/schedstat).
The CPU time hardly depends on the machine's load; the wall time does (a loaded machine makes the
kernel wait for a core). A connect made before the kernel has bound its port is refused and retried by
ZeroMQ after RECONNECT_IVL (100 ms by default, as jupyter_client leaves it): the figures are given for
that client and for one that retries every millisecond (how soon the kernel itself is ready). The
kernel's own trace (LOUPE_START_TRACE, the launcher's clock reading just before the process starts)
gives the time from exec to the sockets bound and to the engine made, with the CPU time by then.
Usage: kernel_start.py LOUPE_BINARY [STARTS] [LIMIT_MS]"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import zmq
from jupyter_client.connect import write_connection_file
from jupyter_client.session import Session


def cpu_ms(pid):
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as stat:
                total += int(stat.read().split()[0])
        except FileNotFoundError:
            pass  # a thread that ended between the listing and the read
    return total / 1e6


def one_start(binary, folder, context, reconnect_ms):
    key = os.urandom(16).hex().encode()
    path, info = write_connection_file(os.path.join(folder, "kernel.json"), ip="127.0.0.1", key=key)
    session = Session(key=key)
    shell = context.socket(zmq.DEALER)
    shell.setsockopt(zmq.LINGER, 0)
    shell.setsockopt(zmq.RECONNECT_IVL, reconnect_ms)
    environment = dict(os.environ, LOUPE_START_TRACE=str(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
    start = time.perf_counter()
    kernel = subprocess.Popen([binary, "kernel", "-f", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env=environment)
    try:
        shell.connect(f"tcp://127.0.0.1:{info['shell_port']}")
        session.send(shell, "kernel_info_request", {})
        if not shell.poll(30000):
            raise RuntimeError("no kernel_info_reply in 30 s")
        shell.recv_multipart()
        wall = (time.perf_counter() - start) * 1000
        cpu = cpu_ms(kernel.pid)
        time.sleep(0.05)  # the engine's trace line
    finally:
        shell.close()
        kernel.kill()
        _, log = kernel.communicate()
    trace = {step: (float(wall), float(cpu)) for step, wall, cpu in
             re.findall(r"start trace: (sockets bound|engine ready) ([\d.]+) ms after exec \(CPU ([\d.]+) ms\)", log.decode())}
    nothing = (float("nan"), float("nan"))
    return wall, cpu, trace.get("sockets bound", nothing), trace.get("engine ready", nothing)


def report(binary, starts, limit, reconnect_ms, context):
    load_before = os.getloadavg()[0]
    walls, cpus, binds, engines = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(starts):
            wall, cpu, bound, engine = one_start(binary, folder, context, reconnect_ms)
            walls.append(wall)
            cpus.append(cpu)
            binds.append(bound)
            engines.append(engine)
    load_after = os.getloadavg()[0]
    within = sum(wall <= limit for wall in walls)
    quantile = lambda xs, q: sorted(xs)[min(len(xs) - 1, int(q * len(xs)))]
    print(f"client retrying a refused connect after {reconnect_ms} ms: {starts} starts, "
          f"load average {load_before:.1f} → {load_after:.1f}")
    print(f"  wall to first kernel_info_reply: median {statistics.median(walls):.1f} ms, p99 {quantile(walls, 0.99):.1f} ms, "
          f"min {min(walls):.1f} ms, max {max(walls):.1f} ms; {within} of {starts} within {limit:g} ms")
    print(f"  kernel CPU time to the reply (all threads): median {statistics.median(cpus):.1f} ms, "
          f"p99 {quantile(cpus, 0.99):.1f} ms, max {max(cpus):.1f} ms")
    for label, values in (("exec to sockets bound", binds), ("exec to engine made", engines)):
        known = [value for value in values if value[0] == value[0]]
        if known:
            walls_, cpus_ = [value[0] for value in known], [value[1] for value in known]
            print(f"  {label} (kernel's trace): median {statistics.median(walls_):.1f} ms, "
                  f"p99 {quantile(walls_, 0.99):.1f} ms, max {max(walls_):.1f} ms; process CPU by then: "
                  f"median {statistics.median(cpus_):.1f} ms, max {max(cpus_):.1f} ms")


def main():
    binary = sys.argv[1]
    starts = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 50
    context = zmq.Context.instance()
    for reconnect_ms in (100, 1):
        report(binary, starts, limit, reconnect_ms, context)


if __name__ == "__main__":
    main()
