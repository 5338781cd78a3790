"""Protocol details the conformance checks look at: history globs, stop_on_error,
wrong-typed fields, per-channel replay protection, the iopub welcome."""
import datetime
import json
import queue
import time
import uuid

import pytest
import zmq

from conftest import connection_key, execute, running_kernel, started_kernel
from test_wire import _frames, _header


@pytest.fixture(scope="module")
def raw_kernel():
    """A kernel, its client, and the signing key (for hand-made messages)."""
    with running_kernel() as (km, kc):
        yield km, kc, km.get_connection_info(), connection_key(km)


def _signed(key, msg_type, content):
    """A request stamped with the time, as every client stamps its messages."""
    header = dict(_header(msg_type), session="protocol-test",
                  date=datetime.datetime.now(datetime.timezone.utc).isoformat().replace("+00:00", "Z"))
    return _frames(key, msg_type, content, header=json.dumps(header).encode())


def _dealer(info, channel):
    socket = zmq.Context.instance().socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    socket.connect(f"tcp://{info['ip']}:{info[channel + '_port']}")
    return socket


def _reply(socket, timeout_ms=10000):
    assert socket.poll(timeout_ms), "no reply"
    frames = socket.recv_multipart()
    split = frames.index(b"<IDS|MSG>")
    return json.loads(frames[split + 2]), json.loads(frames[split + 3]), json.loads(frames[split + 5])


def test_history_search_with_a_star_in_the_code(raw_kernel):
    _, kc, _, _ = raw_kernel
    execute(kc, "6 * 7")
    execute(kc, "6 * 8")
    history = kc.history(hist_access_type="search", pattern="6 *", reply=True, timeout=10)["content"]["history"]
    assert [entry[2] for entry in history][-2:] == ["6 * 7", "6 * 8"]
    unique = kc.history(hist_access_type="search", pattern="6 [*] 7", unique=True, reply=True, timeout=10)
    assert [entry[2] for entry in unique["content"]["history"]] == ["6 * 7"]


def test_an_execute_sent_right_behind_a_failure_is_aborted(raw_kernel):
    _, kc, _, _ = raw_kernel
    for failing in ["undefinedName + 1", "let = )"]:
        # All three are made before any is sent and the first runs for a while, so the failing cell and the one
        # behind it are both queued when the failure happens: the kernel aborts what is queued plus what arrives
        # within 5 ms, and a loaded machine can pause this process longer than that between two sends.
        codes = ["var busy = 0\nfor i in 0..<3_000_000 { busy += i }", failing, 'print("must not run")']
        requests = [kc.session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                                       "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
                    for code in codes]
        for request in requests:
            kc.shell_channel.send(request)
        busy, first, second = (request["header"]["msg_id"] for request in requests)
        replies = {}
        while len(replies) < 3:
            message = kc.get_shell_msg(timeout=30)
            replies[message["parent_header"]["msg_id"]] = message["content"]
        assert replies[busy]["status"] == "ok"
        assert replies[first]["status"] == "error"
        assert replies[second]["status"] == "error" and replies[second]["ename"] == "Aborted"
    reply, outputs = execute(kc, '"runs again"')
    assert reply["content"]["status"] == "ok"


def test_a_signed_request_with_a_wrong_typed_field_gets_an_error_reply_and_does_not_run(raw_kernel):
    _, kc, info, key = raw_kernel
    before, _ = execute(kc, "1")
    shell = _dealer(info, "shell")
    try:
        shell.send_multipart(_frames(key, "execute_request", {"code": 42, "silent": False}))
        _, parent, content = _reply(shell)
        assert content["status"] == "error" and content["ename"] == "InvalidRequest"
        assert "'code'" in content["evalue"]
        header = dict(_header("execute_request"), session=123)
        shell.send_multipart(_frames(key, "execute_request", {"code": "1"}, header=json.dumps(header).encode()))
        _, _, content = _reply(shell)
        assert content["ename"] == "InvalidRequest" and "'session'" in content["evalue"]
    finally:
        shell.close()
    after, _ = execute(kc, "1")
    assert after["content"]["execution_count"] == before["content"]["execution_count"] + 1


def drain_iopub(kc, quiet: float = 0.5):
    """Reads the client's iopub until it has been quiet for `quiet` s, as a front end keeps reading it."""
    while True:
        try:
            kc.get_iopub_msg(timeout=quiet)
        except queue.Empty:
            return


def test_a_copy_on_control_does_not_swallow_the_shell_request_and_replays_stay_refused(raw_kernel):
    _, kc, info, key = raw_kernel
    shell, control = _dealer(info, "shell"), _dealer(info, "control")
    try:
        request = _signed(key, "kernel_info_request", {})
        control.send_multipart(request)
        _reply(control)
        shell.send_multipart(request)
        _, parent, content = _reply(shell)
        assert content["status"] == "ok"
        old = _signed(key, "kernel_info_request", {})
        shell.send_multipart(old)
        _reply(shell)
        # More than the signatures the guard keeps per session, in batches whose replies are read before the next:
        # 5,000 unread replies overflow ZeroMQ's high-water marks, and a ROUTER drops what does not fit.
        for _ in range(20):
            for _ in range(250):
                shell.send_multipart(_signed(key, "kernel_info_request", {}))
            for _ in range(250):
                _reply(shell)
        shell.send_multipart(old)
        assert not shell.poll(500), "a replay long after the original was answered"
    finally:
        shell.close()
        control.close()
    # The 10 000 busy/idle of those requests reached every subscriber. A client that does not read iopub meanwhile
    # holds what fits under ZeroMQ's high-water marks (1000 messages at each end, as ipykernel's iopub has) and loses
    # the rest, and with it the messages of its own next requests while its queue is still full: read them now.
    drain_iopub(kc)


def test_every_iopub_subscription_is_welcomed(raw_kernel):
    _, _, info, key = raw_kernel
    sub = zmq.Context.instance().socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    sub.connect(f"tcp://{info['ip']}:{info['iopub_port']}")
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if sub.poll(1000):
                frames = sub.recv_multipart()
                header = json.loads(frames[frames.index(b"<IDS|MSG>") + 2])
                if header["msg_type"] == "iopub_welcome":
                    content = json.loads(frames[frames.index(b"<IDS|MSG>") + 5])
                    assert content == {"subscription": ""}
                    return
        pytest.fail("no iopub_welcome")
    finally:
        sub.close()


def test_kernel_info_is_answered_before_anyone_subscribes_to_iopub():
    """The first reply does not wait for a subscriber: a client learns at once that the kernel is up."""
    with started_kernel() as km:
        shell = _dealer(km.get_connection_info(), "shell")
        try:
            start = time.monotonic()
            shell.send_multipart(_frames(connection_key(km), "kernel_info_request", {}))
            _, _, content = _reply(shell)
            assert content["implementation"] == "loupe"
            assert time.monotonic() - start < 5, "the reply waited for an iopub subscriber"  # timed by bench/kernel
        finally:
            shell.close()


@pytest.mark.parametrize("code, status, indent", [
    ('let s = """', "incomplete", ""),                   # an open multi-line string
    ('    let s = """\n    abc', "incomplete", "    "),  # inside it: the line's indent, nothing added
    ("/* open", "incomplete", ""),
    ("print(", "incomplete", "    "),
    ("if x {\n    if y {", "incomplete", "        "),
    ("let x = 1 +", "incomplete", ""),
    ("let x = 1", "complete", None),
    ("let x = )", "invalid", None),
])
def test_is_complete_for_open_strings_and_brackets(raw_kernel, code, status, indent):
    _, kc, _, _ = raw_kernel
    msg_id = kc.is_complete(code)
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == status
    assert reply["content"].get("indent") == indent


def test_huge_code_is_not_analysed_on_the_shell_thread(raw_kernel):
    """Completion, inspection and completeness of megabytes of code answer at once (the shell
    thread cannot be interrupted); executing it is interruptible."""
    km, kc, _, _ = raw_kernel
    code = "[" + "0, " * 1_000_000 + "0]"
    start = time.perf_counter()
    for request in (lambda: kc.is_complete(code), lambda: kc.complete(code, 5), lambda: kc.inspect(code, 5)):
        msg_id = request()
        while kc.get_shell_msg(timeout=10)["parent_header"]["msg_id"] != msg_id:
            pass
    assert time.perf_counter() - start < 10  # each took 6 s
    msg_id = kc.execute(code)
    reply = None
    deadline = time.monotonic() + 0.5  # a fast machine may finish it before the interrupt
    while reply is None and time.monotonic() < deadline:
        if not kc.shell_channel.msg_ready():
            time.sleep(0.01)
            continue
        message = kc.get_shell_msg(timeout=10)
        if message["parent_header"]["msg_id"] == msg_id:
            reply = message
    if reply is None:
        km.interrupt_kernel()
        interrupted = time.perf_counter()
        while reply is None:
            message = kc.get_shell_msg(timeout=30)
            if message["parent_header"]["msg_id"] == msg_id:
                reply = message
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "Interrupted"
        assert time.perf_counter() - interrupted < 5
    assert kc.execute_interactive("1 + 1", timeout=10)["content"]["status"] == "ok"
