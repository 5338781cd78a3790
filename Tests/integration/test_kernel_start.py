"""Kernel start through the installed kernelspec: `loupe-launch` opens the kernel's ports and execs
`loupe kernel`, whose sockets adopt them. The process stays the one Jupyter started (signals,
orphan exit), encryption works on the adopted sockets, and whatever the launcher cannot use makes
it run the kernel exactly as without it. How soon the first kernel_info_reply comes (issue #19's
50 ms) is measured by bench/kernel_start.py, not here."""
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import textwrap
import time

import pytest
import zmq
from jupyter_client import BlockingKernelClient

from conftest import LAUNCHER, LOUPE, SPEC_FILE, execute, kernel_pid, running_kernel, started_kernel

#: A bound that only a kernel that does not start at all can miss, even on a loaded machine.
START_LIMIT = 20

ADOPTED = "start trace: 5 of 5 sockets adopted from loupe-launch"


def trace_environment():
    return dict(os.environ, LOUPE_START_TRACE=str(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))


def test_the_installed_kernelspec_runs_the_launcher_beside_loupe():
    argv = json.loads(SPEC_FILE.read_text())["argv"]
    assert os.path.exists(LAUNCHER), "the build makes loupe-launch beside loupe"
    assert argv == [os.path.realpath(LAUNCHER), os.path.realpath(LOUPE), "kernel", "-f", "{connection_file}"]


def test_the_kernel_adopts_the_launchers_sockets_and_answers(tmp_path):
    log = tmp_path / "kernel.log"
    with open(log, "w") as stderr:
        start = time.perf_counter()
        with running_kernel(env=trace_environment(), stderr=stderr) as (km, kc):
            msg_id = kc.kernel_info()
            reply = kc.get_shell_msg(timeout=START_LIMIT)
            assert reply["parent_header"]["msg_id"] == msg_id
            assert time.perf_counter() - start < START_LIMIT
            assert os.path.realpath(f"/proc/{kernel_pid(km)}/exe") == os.path.realpath(LOUPE)
            result, _ = execute(kc, "6 * 7")
            assert result["content"]["status"] == "ok"
    assert ADOPTED in log.read_text()


def test_sigint_to_the_started_process_interrupts_a_cell():
    with running_kernel() as (km, kc):
        msg_id = kc.execute("var spins = 0\nwhile true { spins += 1 }")
        time.sleep(0.5)
        os.kill(kernel_pid(km), signal.SIGINT)
        while True:
            reply = kc.get_shell_msg(timeout=30)
            if reply["parent_header"]["msg_id"] == msg_id:
                break
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "Interrupted"
        after, outputs = execute(kc, "spins > 0")
        assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["true"]


@pytest.mark.parametrize("when", ["while the kernel starts", "once it answered"])
def test_the_kernel_exits_when_the_process_that_started_it_is_gone(when):
    """JPY_PARENT_PID: a parent that dies right after start_kernel() is often gone before the kernel
    looks (it is then reparented already); one that waits for kernel_info dies while it is watched."""
    script = textwrap.dedent("""
        import os, subprocess, sys
        from jupyter_client import KernelManager
        km = KernelManager(kernel_name=sys.argv[1])
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if sys.argv[2] == "once it answered":
            client = km.client()
            client.start_channels()
            client.wait_for_ready(timeout=60)
        print(km.provisioner.process.pid, flush=True)
        os._exit(0)
    """)
    parent = subprocess.run([sys.executable, "-c", script, "loupe-test", when], capture_output=True, text=True,
                            timeout=120)
    pid = int(parent.stdout.split()[0])
    deadline = time.monotonic() + START_LIMIT
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    alive = _alive(pid)
    if alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, "the kernel outlived the process that started it"


def test_a_kernel_started_through_a_wrapper_exits_when_jupyter_is_gone(tmp_path):
    """JPY_PARENT_PID naming a process that is not the kernel's parent (a wrapper did not exec, or
    the kernel was reparented before it looked): the kernel lives while that process does."""
    path, _ = _connection(tmp_path)
    jupyter = subprocess.Popen(["sleep", "600"])
    kernel = subprocess.Popen([LAUNCHER, LOUPE, "kernel", "-f", str(path)], stderr=subprocess.DEVNULL,
                              env=dict(os.environ, JPY_PARENT_PID=str(jupyter.pid)))
    try:
        time.sleep(2.5)
        assert kernel.poll() is None, "the kernel exited while the process that started it was there"
        jupyter.kill()
        jupyter.wait()
        kernel.wait(timeout=START_LIMIT)
    finally:
        jupyter.kill()
        kernel.kill()
        kernel.wait()


def _alive(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in status)
    except FileNotFoundError:
        return False


def test_an_encrypted_kernel_adopts_the_sockets_too(tmp_path):
    if not zmq.has("curve"):
        pytest.skip("this libzmq has no CurveZMQ")
    log = tmp_path / "kernel.log"
    with open(log, "w") as stderr:
        with running_kernel({"transport_encryption": "required"}, env=trace_environment(), stderr=stderr) as (km, kc):
            assert "curve_publickey" in km.get_connection_info()
            reply, outputs = execute(kc, '"secret"')
            assert reply["content"]["status"] == "ok"
    assert ADOPTED in log.read_text()


def test_an_ipc_kernel_starts_without_the_launchers_sockets(tmp_path):
    log = tmp_path / "kernel.log"
    with open(log, "w") as stderr:
        with running_kernel({"transport": "ipc", "ip": str(tmp_path / "kernel")}, env=trace_environment(),
                            stderr=stderr) as (km, kc):
            reply, _ = execute(kc, "1 + 1")
            assert reply["content"]["status"] == "ok"
    assert "start trace: 0 of 5 sockets adopted from loupe-launch" in log.read_text()


def _ports(count):
    sockets = [socket.socket() for _ in range(count)]
    for sock in sockets:
        sock.bind(("127.0.0.1", 0))
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


def _connection(folder, **changes):
    shell, iopub, stdin, control, hb = _ports(5)
    info = dict(shell_port=shell, iopub_port=iopub, stdin_port=stdin, control_port=control, hb_port=hb,
                ip="127.0.0.1", key="k", transport="tcp", signature_scheme="hmac-sha256")
    info.update(changes)
    path = pathlib.Path(folder) / "connection.json"
    path.write_text(json.dumps(info))
    return path, info


BROKEN_FILES = {
    "missing": None,
    "not JSON": '{"shell_port": 1',
    "trailing garbage": '{"shell_port": 5000} x',
    "a port missing": '{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004}',
    "a port out of range": '{"shell_port": 70000, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005}',
    "an unknown transport": '{"transport": "udp", "shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005}',
    "a bad signature scheme": '{"shell_port": 5011, "iopub_port": 5012, "stdin_port": 5013, "control_port": 5014, "hb_port": 5015, "key": "k", "signature_scheme": "hmac-md5"}',
    "a lone Curve key": '{"shell_port": 5021, "iopub_port": 5022, "stdin_port": 5023, "control_port": 5024, "hb_port": 5025, "curve_publickey": "x"}',
}


@pytest.mark.parametrize("case", sorted(BROKEN_FILES))
def test_a_broken_connection_file_fails_as_it_does_without_the_launcher(tmp_path, case):
    path = tmp_path / "connection.json"
    if BROKEN_FILES[case] is not None:
        path.write_text(BROKEN_FILES[case])
    alone = subprocess.run([LOUPE, "kernel", "-f", str(path)], capture_output=True, text=True, timeout=60)
    launched = subprocess.run([LAUNCHER, LOUPE, "kernel", "-f", str(path)], capture_output=True, text=True, timeout=60)
    assert alone.returncode != 0
    assert (launched.returncode, launched.stdout, launched.stderr) == (alone.returncode, alone.stdout, alone.stderr)


def test_a_port_already_taken_fails_as_it_does_without_the_launcher(tmp_path):
    path, info = _connection(tmp_path)
    taken = socket.socket()
    taken.bind(("127.0.0.1", info["control_port"]))
    taken.listen()
    try:
        alone = subprocess.run([LOUPE, "kernel", "-f", str(path)], capture_output=True, text=True, timeout=60)
        launched = subprocess.run([LAUNCHER, LOUPE, "kernel", "-f", str(path)], capture_output=True, text=True,
                                  timeout=60)
    finally:
        taken.close()
    assert alone.returncode != 0 and "cannot bind" in alone.stderr
    assert (launched.returncode, launched.stderr) == (alone.returncode, alone.stderr)


def test_a_file_the_launcher_cannot_use_still_starts_the_kernel(tmp_path):
    """A file the launcher does not read (here: an `ip` written with a JSON escape, which its small
    scanner leaves to the kernel) leaves the binding to the kernel, which starts as it would alone."""
    path, _ = _connection(tmp_path)
    path.write_text(path.read_text().replace('"127.0.0.1"', '"127.0.0.\\u0031"'))
    kernel = subprocess.Popen([LAUNCHER, LOUPE, "kernel", "-f", str(path)], stderr=subprocess.PIPE,
                              env=trace_environment())
    client = BlockingKernelClient(connection_file=str(path))
    client.load_connection_file()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=START_LIMIT)
    finally:
        client.stop_channels()
        kernel.kill()
        _, log = kernel.communicate()
    assert "start trace: 0 of 5 sockets adopted from loupe-launch" in log.decode()


def test_the_launcher_without_a_connection_file_just_runs_the_command():
    result = subprocess.run([LAUNCHER, LOUPE, "--version"], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, "0.1.0")


def test_the_launcher_says_what_it_cannot_run(tmp_path):
    path, _ = _connection(tmp_path)
    result = subprocess.run([LAUNCHER, str(tmp_path / "no-such-loupe"), "kernel", "-f", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 127 and "cannot run" in result.stderr
