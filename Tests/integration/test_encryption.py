"""CurveZMQ transport encryption, as jupyter_client 8.10 provisions it: with
`transport_encryption="required"` the kernel runs cells for the client that has the
keys, and a client without the server key cannot execute anything."""
import json

import pytest
import zmq

from conftest import connection_key, execute, running_kernel
from test_wire import _frames


@pytest.fixture(scope="module")
def encrypted_kernel():
    if not zmq.has("curve"):
        pytest.skip("this libzmq has no CurveZMQ")
    with running_kernel({"transport_encryption": "required"}) as (km, kc):
        yield km, kc


def test_the_connection_file_carries_a_curve_key_pair(encrypted_kernel):
    km, _ = encrypted_kernel
    info = km.get_connection_info()
    assert len(info["curve_publickey"]) == 40 and len(info["curve_secretkey"]) == 40


def test_cells_run_over_the_encrypted_channels(encrypted_kernel):
    _, kc = encrypted_kernel
    reply, outputs = execute(kc, 'let secret = 6 * 7\nprint("hello")\nsecret')
    assert reply["content"]["status"] == "ok"
    assert "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream") == "hello\n"
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["42"]
    kc.hb_channel.unpause()
    assert kc.is_alive()


@pytest.mark.parametrize("client", ["plain", "wrong server key"])
def test_a_client_without_the_server_key_cannot_execute(encrypted_kernel, client):
    km, kc = encrypted_kernel
    before, _ = execute(kc, "secret")
    info, key = km.get_connection_info(), connection_key(km)
    context = zmq.Context.instance()
    shell, iopub = context.socket(zmq.DEALER), context.socket(zmq.SUB)
    for socket in (shell, iopub):
        socket.setsockopt(zmq.LINGER, 0)
        if client == "wrong server key":
            public, secret = zmq.curve_keypair()
            other_server, _ = zmq.curve_keypair()
            socket.curve_publickey, socket.curve_secretkey, socket.curve_serverkey = public, secret, other_server
    iopub.setsockopt(zmq.SUBSCRIBE, b"")
    try:
        shell.connect(f"tcp://{info['ip']}:{info['shell_port']}")
        iopub.connect(f"tcp://{info['ip']}:{info['iopub_port']}")
        shell.send_multipart(_frames(key, "execute_request", {"code": 'print("intruder")', "silent": False}))
        assert not shell.poll(1500), "the kernel answered a client that does not know its key"
        assert not iopub.poll(500), "iopub reached a client that does not know the key"
    finally:
        shell.close()
        iopub.close()
    after, outputs = execute(kc, "secret")
    assert after["content"]["execution_count"] == before["content"]["execution_count"] + 1
    assert not any("intruder" in json.dumps(m["content"]) for m in outputs)
