"""Kernel start to first kernel_info_reply, started as Jupyter starts it: the argv of the kernel.json that
`loupe install` writes (`loupe-launch loupe kernel -f FILE`, the launcher opening the kernel's ports before
it execs the kernel), and for comparison `loupe kernel -f FILE` directly. Each start writes a connection
file, starts the argv, connects a client at once and sends kernel_info_request, times the reply from just
before the process is started, and reads the kernel's CPU time so far (every thread's, from
/proc/PID/task/*/schedstat: it hardly depends on the machine's load; the wall time does).

Clients: jupyter_client's own BlockingKernelClient (its channels keep ZeroMQ's default reconnect interval,
100 ms: a connect refused because the port is not open yet is retried only 100-200 ms later), a bare
DEALER with that same 100 ms, one that retries every millisecond (how soon the kernel itself is ready),
and the whole of KernelManager.start_kernel() + client + kernel_info (what a front end waits for,
jupyter_client's own Python work included). The kernel's trace (LOUPE_START_TRACE, the clock reading just
before the process starts) gives the time from exec to the launcher's ports listening, to the kernel's
sockets bound and to the engine made, with the CPU time by then (for the KernelManager row, from the
start_kernel() call).
Usage: kernel_start.py LOUPE_BINARY [STARTS] [LIMIT_MS]"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import zmq
from jupyter_client import BlockingKernelClient, KernelManager
from jupyter_client.connect import write_connection_file
from jupyter_client.session import Session

STEPS = ("ports listening", "sockets bound", "engine ready")


def cpu_ms(pid):
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as stat:
                total += int(stat.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread that ended between the listing and the read (either error, by the moment it ends)
    return total / 1e6


def trace_environment():
    return dict(os.environ, LOUPE_START_TRACE=str(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))


def parse_trace(log):
    found = {step: (float(wall), float(cpu)) for step, wall, cpu in
             re.findall(r"start trace: (" + "|".join(STEPS) + r") ([\d.]+) ms after exec \(CPU ([\d.]+) ms\)", log)}
    return {step: found.get(step, (float("nan"), float("nan"))) for step in STEPS}


class BareClient:
    """A DEALER socket retrying a refused connect after `reconnect_ms`."""

    def __init__(self, reconnect_ms, context):
        self.reconnect_ms, self.context = reconnect_ms, context
        self.label = f"bare DEALER, reconnect after {reconnect_ms} ms"

    def prepare(self, path, info):
        key = info["key"]
        self.session = Session(key=key.encode() if isinstance(key, str) else key)
        self.shell = self.context.socket(zmq.DEALER)
        self.shell.setsockopt(zmq.LINGER, 0)
        self.shell.setsockopt(zmq.RECONNECT_IVL, self.reconnect_ms)
        self.port = info["shell_port"]

    def ask(self):
        self.shell.connect(f"tcp://127.0.0.1:{self.port}")
        self.session.send(self.shell, "kernel_info_request", {})
        if not self.shell.poll(30000):
            raise RuntimeError("no kernel_info_reply in 30 s")
        self.shell.recv_multipart()

    def close(self):
        self.shell.close()


class JupyterClient:
    """jupyter_client's BlockingKernelClient, as KernelManager.client() makes it (default reconnect)."""
    label = "jupyter_client BlockingKernelClient (ZeroMQ's default 100 ms reconnect)"

    def prepare(self, path, info):
        self.client = BlockingKernelClient(connection_file=path)
        self.client.load_connection_file()

    def ask(self):
        self.client.start_channels()
        msg_id = self.client.kernel_info()
        while self.client.get_shell_msg(timeout=30)["parent_header"].get("msg_id") != msg_id:
            pass

    def close(self):
        self.client.stop_channels()


def one_start(argv, folder, client):
    key = os.urandom(16).hex().encode()
    path, info = write_connection_file(os.path.join(folder, "kernel.json"), ip="127.0.0.1", key=key)
    client.prepare(path, info)
    command = [part.replace("{connection_file}", path) for part in argv]
    environment = trace_environment()
    start = time.perf_counter()
    kernel = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    try:
        client.ask()
        wall = (time.perf_counter() - start) * 1000
        cpu = cpu_ms(kernel.pid)
        time.sleep(0.05)  # the engine's trace line
    finally:
        client.close()
        kernel.kill()
        _, log = kernel.communicate()
    return wall, cpu, parse_trace(log.decode())


def one_manager_start(spec, folder):
    """KernelManager.start_kernel() to the first kernel_info_reply, as a front end starts a kernel."""
    log_path = os.path.join(folder, "kernel.log")
    with open(log_path, "w") as log:
        manager = KernelManager(kernel_name=spec, connection_file=os.path.join(folder, "manager.json"))
        start = time.perf_counter()
        manager.start_kernel(env=trace_environment(), stderr=log)
        try:
            client = manager.client()
            client.start_channels()
            msg_id = client.kernel_info()
            while client.get_shell_msg(timeout=30)["parent_header"].get("msg_id") != msg_id:
                pass
            wall = (time.perf_counter() - start) * 1000
            cpu = cpu_ms(manager.provisioner.process.pid)
            time.sleep(0.05)
            client.stop_channels()
        finally:
            manager.shutdown_kernel(now=True)
    with open(log_path) as log:
        return wall, cpu, parse_trace(log.read())


def quantile(values, q):
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def report(label, starts, limit, run, origin="exec"):
    load_before = os.getloadavg()[0]
    results = [run() for _ in range(starts)]
    load_after = os.getloadavg()[0]
    walls = [wall for wall, _, _ in results]
    cpus = [cpu for _, cpu, _ in results]
    within = sum(wall <= limit for wall in walls)
    print(f"{label}: {starts} starts, load average {load_before:.1f} → {load_after:.1f}")
    print(f"  wall to first kernel_info_reply: median {statistics.median(walls):.1f} ms, p99 {quantile(walls, 0.99):.1f} ms, "
          f"min {min(walls):.1f} ms, max {max(walls):.1f} ms; {within} of {starts} within {limit:g} ms")
    print(f"  kernel CPU time to the reply (all threads): median {statistics.median(cpus):.1f} ms, "
          f"p99 {quantile(cpus, 0.99):.1f} ms, max {max(cpus):.1f} ms")
    for step in STEPS:
        known = [trace[step] for _, _, trace in results if trace[step][0] == trace[step][0]]
        if known:
            step_walls, step_cpus = [value[0] for value in known], [value[1] for value in known]
            print(f"  {origin} to {step} (trace): median {statistics.median(step_walls):.1f} ms, "
                  f"p99 {quantile(step_walls, 0.99):.1f} ms, max {max(step_walls):.1f} ms; process CPU by then: "
                  f"median {statistics.median(step_cpus):.1f} ms, max {max(step_cpus):.1f} ms")
    sys.stdout.flush()


def kernelspecs(binary, folder):
    """(label, kernelspec name, argv): what `loupe install` writes, and `loupe` run directly."""
    subprocess.run([binary, "install", "--prefix", folder, "--name", "loupe-installed"], check=True,
                   stdout=subprocess.DEVNULL)
    kernels = os.path.join(folder, "share", "jupyter", "kernels")
    with open(os.path.join(kernels, "loupe-installed", "kernel.json")) as spec:
        installed = json.load(spec)
    direct = dict(installed, argv=[os.path.realpath(binary), "kernel", "-f", "{connection_file}"])
    os.makedirs(os.path.join(kernels, "loupe-direct"))
    with open(os.path.join(kernels, "loupe-direct", "kernel.json"), "w") as spec:
        json.dump(direct, spec)
    os.environ["JUPYTER_PATH"] = os.path.join(folder, "share", "jupyter")
    launched = os.path.basename(installed["argv"][0]) == "loupe-launch"
    if not launched:
        print(f"warning: no loupe-launch beside {binary}: the installed kernelspec runs loupe directly", file=sys.stderr)
    return [("installed kernel.json (" + ("loupe-launch → loupe" if launched else "loupe") + ")",
             "loupe-installed", installed["argv"]),
            ("loupe directly", "loupe-direct", direct["argv"])]


def main():
    binary = sys.argv[1]
    starts = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 50
    context = zmq.Context.instance()
    with tempfile.TemporaryDirectory() as folder:
        specs = kernelspecs(binary, os.path.join(folder, "prefix"))
        for label, spec, argv in specs:
            print(f"== {label}: {' '.join(argv)}")
            for client in (JupyterClient(), BareClient(100, context), BareClient(1, context)):
                report(client.label, starts, limit, lambda: one_start(argv, folder, client))
            report("KernelManager.start_kernel() + client + kernel_info (jupyter_client's Python included)",
                   starts, limit, lambda: one_manager_start(spec, folder), origin="start_kernel()")


if __name__ == "__main__":
    main()
