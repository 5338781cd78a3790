"""Fuzzers for the running Loupe kernel, driven over the wire as a front end would drive it.

- The cell fuzzer executes mutants of every case file cell and notebook code cell, and hostile
  cells made on purpose (deep nesting, huge literals and sizes, odd Unicode, recursion through
  every call path). A cell still running after `cell_timeout` is interrupted; a kernel that dies is
  a crash, a cell whose interrupt is not answered within `interrupt_grace` is a hang.
- The wire fuzzer sends raw ZeroMQ frames to shell and control: every request type, validly or
  wrongly signed, with header and content fields of the wrong types, broken or deeply nested JSON,
  invalid UTF-8, missing and extra frames. Every few messages a real client asks for kernel_info on
  control and shell; a kernel that dies or stops answering is a crash or a hang, and the message
  that did it is found by replaying the last batch one message at a time.

Every crash or hang is written to `fuzz/regressions/` (a `.swift` cell or a `.json` list of frames),
which `Tests/integration/test_fuzz.py` replays on every test run. Usage: `bench/fuzz --seconds 600`.
"""
import argparse
import base64
import gzip
import hashlib
import hmac
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
REGRESSIONS = ROOT / "fuzz" / "regressions"
KERNEL_NAME = "loupe-fuzz"


def install_kernelspec(binary: str) -> str:
    """A kernelspec for `binary` in a temporary JUPYTER_PATH; returns its name."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="loupe-fuzz-spec-"))
    spec = root / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [binary, "kernel", "-f", "{connection_file}"], "display_name": "Loupe (fuzz)",
        "language": "swift", "interrupt_mode": "message"}))
    os.environ["JUPYTER_PATH"] = str(root) + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    return KERNEL_NAME


class Kernel:
    """One kernel process with a blocking client; restarted after a crash or hang."""

    def __init__(self, kernel_name: str, memory_limit: str = "1G"):
        self.kernel_name = kernel_name
        self.memory_limit = memory_limit
        self.km = self.kc = None
        self.start()

    def start(self):
        from jupyter_client import KernelManager
        self.km = KernelManager(kernel_name=self.kernel_name)
        env = {**os.environ, "LOUPE_MEMORY_LIMIT": self.memory_limit, "SWIFT_BACKTRACE": "enable=no"}
        self.km.start_kernel(env=env, stderr=open(os.devnull, "w"))
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)

    def stop(self):
        try:
            self.kc.stop_channels()
        finally:
            self.km.shutdown_kernel(now=True)

    def restart(self):
        self.stop()
        self.start()

    def alive(self) -> bool:
        return self.km.is_alive()

    def drain_iopub(self):
        while self.kc.iopub_channel.msg_ready():
            try:
                self.kc.iopub_channel.get_msg(timeout=0)
            except ValueError:
                pass  # iopub echoes other clients' parent headers, whose dates jupyter_client may not parse

    def wait_reply(self, msg_id: str, timeout: float):
        """The shell reply to `msg_id`, or None after `timeout` seconds."""
        from queue import Empty
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                reply = self.kc.get_shell_msg(timeout=min(left, 0.5))
            except Empty:
                if not self.alive():
                    return None
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def answers(self, timeout: float = 10) -> bool:
        """Whether kernel_info is answered on control, and on shell after whatever is queued there."""
        from queue import Empty
        request = self.kc.session.msg("kernel_info_request")
        self.kc.control_channel.send(request)
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = self.kc.control_channel.get_msg(timeout=max(deadline - time.monotonic(), 0.01))
            except Empty:
                return False
            if reply["parent_header"].get("msg_id") == request["header"]["msg_id"]:
                break
        msg_id = self.kc.kernel_info()
        return self.wait_reply(msg_id, timeout) is not None


class Report:
    """Counts of one fuzzing run."""

    def __init__(self, name: str):
        self.name = name
        self.runs = 0
        self.crashes = []
        self.hangs = []
        self.interrupted = 0
        self.errors = 0
        self.unconfirmed = 0
        self.started = time.monotonic()

    def summary(self) -> str:
        elapsed = time.monotonic() - self.started
        return (f"{self.name}: {self.runs} inputs in {elapsed:.0f} s ({self.runs / max(elapsed, 1e-9):.0f}/s), "
                f"{self.errors} error replies, {self.interrupted} interrupted by the watchdog, "
                f"{len(self.crashes)} crashes, {len(self.hangs)} hangs that ignored an interrupt "
                f"({self.unconfirmed} more answered when run again in a fresh kernel: the machine's load)")


def save_regression(kind: str, payload, suffix: str) -> pathlib.Path:
    """Keeps an input that crashed or hung the kernel (named by its hash, so found twice is kept once;
    gzipped past 64 KiB)."""
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    text = payload if isinstance(payload, str) else json.dumps(payload, indent=1)
    data = text.encode("utf-8", "surrogatepass")
    path = REGRESSIONS / f"{kind}-{hashlib.sha256(data).hexdigest()[:12]}.{suffix}"
    if len(data) > 64 << 10:
        path = path.with_name(path.name + ".gz")
        path.write_bytes(gzip.compress(data, mtime=0))
    else:
        path.write_bytes(data)
    return path


def load_regression(path: pathlib.Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "surrogatepass")


# ---------------------------------------------------------------- cells

FRAGMENTS = [
    "(", ")", "[", "]", "{", "}", "\"", "\\(", "\"\"\"\n", "/*", "*/", "//", ",", ":", ".", "?", "!", "&", "$0",
    " + ", " * ", " / 0", " % 0", " ?? ", "..<", "...", " = ", " += ", "->", " in ", "let ", "var ", "func ",
    "if ", "else ", "while ", "for i in 0..<3 ", "switch x ", "case ", "default:", "return ", "break",
    "\n", ";", "1 << 62", "Int.max", "Int.min", "-Int.max - 1", "nil", "[1, 2]", "[\"a\": 1]", "(1, 2)", "{ $0 }",
    "print(", "é", "🇫🇷", "\u0301", "\u200d", "\u202e", "\x00", "\ufeff", "9223372036854775807", "0x", "1e999",
    "_", "`", "#", "@", "\\u{", "struct ", "class ", "enum ", "protocol ", "extension ", "init(", "deinit ",
    "inout ", "guard ", "repeat ", "throw ", "try ", "catch ", "as! ", "is ", "self", "Self", "super.",
    ".sorted()", ".map { $0 }", ".reduce(0, +)", "Tensor(zeros: [2, 2])", "matmul(", "Dataset(", "Chart(",
]

SIZES = ["0", "-1", "1", "100_000_001", "1 << 31", "1 << 40", "1 << 62", "Int.max", "Int.min", "99_999_999",
         "-(1 << 62)", "3_000_000"]

SIZED_TEMPLATES = [
    "Array(repeating: 0, count: {n})", "String(repeating: \"ab\", count: {n})", "Array(0..<({n}))",
    "(0..<({n})).map {{ $0 }}", "Set(0..<({n}))", "randn({n})", "Tensor(zeros: [{n}, {m}])",
    "Tensor(ones: [{n}])", "Array(stride(from: 0, to: {n}, by: {m}))", "stride(from: {m}, through: {n}, by: 1).count",
    "Array(repeating: Array(repeating: 0, count: {n}), count: {m})", "[Int](repeating: 7, count: {n}).count",
    "var a = [0]\nfor _ in 0..<64 {{ a += a }}", "var s = \"ab\"\nfor _ in 0..<64 {{ s += s }}",
    "var d: [Int: Int] = [:]\nfor i in 0..<({n}) {{ d[i] = i }}", "\"\\({n})\" + String(repeating: \"x\", count: {m})",
    "Array(repeating: \"x\", count: {n}).joined()", "Dictionary(uniqueKeysWithValues: (0..<({n})).map {{ ($0, $0) }})",
    "({n}) * ({m})", "({n}) + ({m})", "({n}) / ({m})", "({n}) % ({m})", "({n}) << ({m})", "abs({n})",
    "Array(0..<5)[{n}]", "Array(0..<5)[{n}..<{m}]", "\"hello\".prefix({n})", "Tensor(zeros: [2, 2]).reshaped([{n}, {m}])",
    "matmul(Tensor(zeros: [{n}, 2]), Tensor(zeros: [2, {m}]))", "String(repeating: \"é\", count: {n}).count",
]

RECURSION = [
    "func f() -> Int {{ f() }}\nf()",
    "func f(_ x: Int = f()) -> Int {{ x }}\nf()",
    "func a(_ n: Int) -> Int {{ b(n) }}\nfunc b(_ n: Int) -> Int {{ a(n) }}\na(1)",
    "let g: (Int) -> Int = {{ $0 }}\nvar h: (Int) -> Int = g\nh = {{ h($0) }}\nh(1)",
    "func f(_ n: Int) -> [Int] {{ [n].map {{ f($0)[0] }} }}\nf(1)",
    "func f(_ n: Int) -> [Int] {{ [n].sorted {{ _, _ in f(1).isEmpty }} }}\nf(1)",
    "struct S {{ var x: Int {{ S().x }} }}\nS().x",
    "struct S {{ init() {{ _ = S() }} }}\nS()",
    "struct S {{ static func + (a: S, b: S) -> S {{ a + b }} }}\nS() + S()",
    "protocol P {{ func f() -> Int }}\nstruct S: P {{ func f() -> Int {{ (self as P).f() }} }}\nS().f()",
    "class C {{ var next: C? = nil; deinit {{ _ = C() }} }}\nvar c: C? = C()\nc = nil",
    "class C {{ var other: C? }}\nvar a = C(); a.other = a\n1",
    "struct S: CustomStringConvertible {{ var description: String {{ \"\\(self)\" }} }}\nprint(S())",
    "enum E {{ case a; var v: Int {{ E.a.v }} }}\nE.a.v",
    "func f(_ n: Int) -> Int {{ n == 0 ? 0 : 1 + f(n - 1) }}\nf({depth})",
]


def nested(depth: int) -> str:
    opener, closer = random.choice([("(", ")"), ("[", "]"), ("{ ", " }"), ("[[", "]]"), ("if true { ", " }"),
                                    ("{ _ in ", " }"), ("(1 + ", ")"), ("-", ""), ("!", ""), ("\"\\(", ")\"")])
    return opener * depth + "1" + closer * depth


def hostile_cell() -> str:
    kind = random.randrange(6)
    if kind == 0:
        return nested(random.choice([10, 100, 1000, 5000, 20000, 100000]))
    if kind == 1:
        n = random.choice([1000, 100_000, 1_000_000])
        return random.choice(["9" * n, "0." + "1" * n, "\"" + "x" * n + "\"", "[" + "0, " * n + "0]",
                              "[" + "\"a\": 1, " * min(n, 100_000) + "\"a\": 2]", "1" + " + 1" * min(n, 200_000),
                              "let x = 1\n" * min(n, 100_000), "/*" * min(n, 100_000)])
    if kind == 2:
        n, m = random.choice(SIZES), random.choice(SIZES)
        return random.choice(SIZED_TEMPLATES).format(n=n, m=m)
    if kind == 3:
        return random.choice(RECURSION).format(depth=random.choice([100, 9_999, 10_001, 1_000_000]))
    if kind == 4:
        length = random.randrange(1, 200)
        return "".join(chr(random.choice([random.randrange(32, 127), random.randrange(0x80, 0x800),
                                          random.randrange(0x800, 0xD800), random.randrange(0x10000, 0x110000)]))
                       for _ in range(length))
    return "let t = \"" + "".join(random.choice(["\\u{0}", "\\u{10FFFF}", "\\u{D800}", "\\u{110000}", "\\u{",
                                                 "\\(\\(\\(", "\\\\", "\\n"]) for _ in range(20)) + "\"\nt.count"


def cell_seeds() -> list:
    """Every cell of every case file and every code cell of the notebooks."""
    seeds = []
    for path in sorted((ROOT / "Tests" / "ScriptTests" / "Cases").rglob("*.swift")):
        cell = []
        for line in path.read_text().split("\n"):
            if line == "// %%":
                seeds.append("\n".join(cell))
                cell = []
            else:
                cell.append(line)
        seeds.append("\n".join(cell))
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] == "code":
                seeds.append("".join(cell["source"]))
    return [seed for seed in seeds if seed.strip()]


def mutate(seed: str, seeds: list) -> str:
    text = list(seed)
    for _ in range(random.randrange(1, 5)):
        position = random.randrange(len(text) + 1)
        choice = random.randrange(6)
        if choice == 0:
            text[position:position] = list(random.choice(FRAGMENTS))
        elif choice == 1 and text:
            del text[position:position + random.randrange(1, 9)]
        elif choice == 2 and text:
            start = min(position, len(text) - 1)
            text[start:start] = text[start:start + random.randrange(1, 21)]
        elif choice == 3 and text:
            text[min(position, len(text) - 1)] = chr(random.randrange(32, 127))
        elif choice == 4:
            other = random.choice(seeds)
            cut = random.randrange(len(other) + 1)
            text[position:position] = list(other[cut:cut + random.randrange(1, 80)])
        else:
            text[position:position] = list(random.choice(SIZES))
    return "".join(text)


def run_cell(kernel: Kernel, code: str, report: Report, cell_timeout: float, interrupt_grace: float):
    """Asks for its completeness, completions and inspection, then executes one cell; returns 'ok',
    'crash' or 'hang' (the caller restarts the kernel after either)."""
    cursor = zlib.crc32(code.encode("utf-8", "surrogatepass")) % (len(code) + 1)  # the same when a kept input is replayed
    kernel.kc.is_complete(code)
    kernel.kc.complete(code, cursor)
    kernel.kc.inspect(code, cursor)
    msg_id = kernel.kc.execute(code, allow_stdin=False, stop_on_error=False)
    reply = kernel.wait_reply(msg_id, cell_timeout)
    if reply is None and kernel.alive():
        report.interrupted += 1
        kernel.km.interrupt_kernel()
        reply = kernel.wait_reply(msg_id, interrupt_grace)
    kernel.drain_iopub()
    if not kernel.alive():
        return "crash"
    if reply is None:
        return "hang"
    if reply["content"]["status"] != "ok":
        report.errors += 1
    return "ok"


def kernel_stacks(kernel: Kernel) -> str:
    """Every thread's backtrace of the kernel process (gdb), or why there is none."""
    pid = getattr(kernel.km.provisioner, "pid", None)
    if pid is None or shutil.which("gdb") is None:
        return "no stacks: gdb or the kernel's pid is missing"
    try:
        return subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "thread apply all bt 30"],
                              capture_output=True, text=True, timeout=60).stdout
    except subprocess.TimeoutExpired:
        return "no stacks: gdb took more than 60 s"


def save_slow(directory: pathlib.Path, code: str, session: list, stacks: str) -> pathlib.Path:
    """Keeps a cell that missed its interrupt once but was answered in a fresh kernel, with every cell
    the session had run before it and the kernel's stacks while it was stuck, for `--replay`."""
    directory.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"cell": code, "session": session, "stacks": stacks}, indent=1)
    path = directory / f"slow-{hashlib.sha256(data.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}.json"
    path.write_text(data, encoding="utf-8", errors="surrogatepass")
    return path


def fuzz_cells(kernel: Kernel, seconds: float, seed: int, cell_timeout: float = 1.0,
               interrupt_grace: float = 5.0, log=print, slow_dir: pathlib.Path = None) -> Report:
    random.seed(seed)
    seeds = cell_seeds()
    report = Report("cells")
    session = []  # the cells this kernel has run, so a slow-once cell can be replayed after them
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        code = hostile_cell() if random.random() < 0.15 else mutate(random.choice(seeds), seeds)
        outcome = run_cell(kernel, code, report, cell_timeout, interrupt_grace)
        report.runs += 1
        if outcome == "hang":
            stacks = kernel_stacks(kernel) if slow_dir else ""
            # A hang must repeat in a fresh kernel: on a loaded machine a slow cell can miss the grace period once.
            kernel.restart()
            outcome = run_cell(kernel, code, report, cell_timeout, interrupt_grace)
            if outcome == "ok":
                report.unconfirmed += 1
                where = f": kept in {save_slow(slow_dir, code, session, stacks)}" if slow_dir else ": not kept"
                log("slow once, answered when run again in a fresh kernel" + where)
            session = []
        else:
            session.append(code)
        if outcome != "ok":
            path = save_regression(f"cell-{outcome}", code, "swift")
            (report.crashes if outcome == "crash" else report.hangs).append(path)
            log(f"{outcome}: kept as {path.relative_to(ROOT)}")
            kernel.restart()
            session = []
        elif report.runs % 500 == 0:
            kernel.restart()  # a fresh session now and then: state built by mutants does not pile up
            session = []
    return report


def replay_slow(kernel: Kernel, path: pathlib.Path, cell_timeout: float, interrupt_grace: float) -> str:
    """Runs a kept slow-once session in a fresh kernel, cell by cell, and the cell itself last; prints
    each cell's time and outcome."""
    kept = json.loads(path.read_text(encoding="utf-8", errors="surrogatepass"))
    report = Report("replay")
    outcome = "ok"
    for index, code in enumerate(kept["session"] + [kept["cell"]]):
        started = time.monotonic()
        outcome = run_cell(kernel, code, report, cell_timeout, interrupt_grace)
        print(f"{index:4d} {time.monotonic() - started:7.3f} s {outcome:5s} {code[:60]!r}", flush=True)
        if outcome != "ok":
            break
    return outcome


# ---------------------------------------------------------------- wire

REQUESTS = {
    "execute_request": {"code": "1 + 2", "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True},
    "complete_request": {"code": "let xs = [1]\nxs.", "cursor_pos": 15},
    "inspect_request": {"code": "print", "cursor_pos": 3, "detail_level": 0},
    "is_complete_request": {"code": "let s = \"\"\""},
    "history_request": {"hist_access_type": "search", "output": True, "raw": True, "pattern": "1 *", "n": 10,
                        "unique": True, "session": 0, "start": 0, "stop": 10},
    "kernel_info_request": {},
    "comm_info_request": {"target_name": "x"},
    "comm_open": {"comm_id": "c1", "target_name": "x", "data": {}},
    "comm_msg": {"comm_id": "c1", "data": {}},
    "comm_close": {"comm_id": "c1", "data": {}},
    "interrupt_request": {},
    "input_reply": {"value": "x"},
    "shutdown_request": {"restart": False},
}

CODES = ["1 + 2", "", "x", "let q = 1", "print(\"é\")", "1 / 0", "[1, 2][5]", "\"\\(1)\"", "while false {}"]


def odd_value(depth: int = 0):
    """A JSON value of a random type, sometimes huge or deeply nested."""
    choice = random.randrange(14)
    if choice == 0:
        return None
    if choice == 1:
        return random.choice([True, False])
    if choice == 2:
        return random.choice([0, -1, 1 << 53, -(1 << 63), (1 << 64) + 1, 10 ** 40, 3.5, -0.0, 1e308])
    if choice == 3:
        return "x" * random.choice([0, 1, 1000, 100_000])
    if choice == 4:
        return "".join(chr(random.randrange(0x20, 0x3000)) for _ in range(random.randrange(1, 40)))
    if choice == 5 and depth < 3:
        return [odd_value(depth + 1) for _ in range(random.randrange(4))]
    if choice == 6 and depth < 3:
        return {str(odd_value(depth + 1))[:20]: odd_value(depth + 1) for _ in range(random.randrange(4))}
    if choice == 7:
        return random.choice(CODES)
    if choice == 8:
        return random.choice(["*", "?", "[", "[!", "\\", "**", "[]]", "1 *", "*" * 50])
    if choice == 9:
        return random.randrange(-5, 50)
    return random.choice(["", "5.3", "2026-01-01T00:00:00Z", "not a date", str(uuid.uuid4())])


class RawText(str):
    """A frame body that is sent as these exact bytes (not JSON)."""


def deep_json(depth: int) -> RawText:
    return RawText(random.choice(["[", "{\"a\":"]) * depth)


def wire_message(key: bytes, session: str) -> dict:
    """One request as its parts, before signing: channel, header, parent, metadata, content, buffers."""
    msg_type = random.choice(list(REQUESTS))
    if msg_type == "shutdown_request":
        msg_type = "shutdown_reqest"  # never a real shutdown: the kernel would rightly exit
    header = {"msg_id": uuid.uuid4().hex, "session": session, "username": "fuzz",
              "date": "2026-01-01T00:00:00.000000Z", "msg_type": msg_type, "version": "5.3"}
    content = json.loads(json.dumps(REQUESTS.get(msg_type, {})))
    if msg_type == "execute_request":
        content["code"] = random.choice(CODES)
    parts = {"channel": random.choice(["shell", "shell", "control"]), "header": header, "parent": {},
             "metadata": {}, "content": content, "buffers": []}
    for _ in range(random.randrange(4)):
        target = random.choice(["header", "content", "content", "parent", "metadata"])
        fields = parts[target]
        name = random.choice(list(fields) + ["extra", "code", "cursor_pos", "msg_id", "msg_type"]) if fields else "x"
        if random.random() < 0.2:
            fields.pop(name, None)
        else:
            fields[name] = odd_value()
    if random.random() < 0.05:
        target = random.choice(["header", "content", "parent", "metadata"])
        parts[target] = random.choice([deep_json(random.choice([100, 10_000, 1_000_000])), odd_value()])
    if random.random() < 0.05:
        parts["buffers"] = [os.urandom(random.randrange(0, 64)) for _ in range(random.randrange(1, 4))]
    return parts


def encode(value) -> bytes:
    if isinstance(value, RawText):
        return value.encode()
    return json.dumps(value, ensure_ascii=random.random() < 0.5).encode("utf-8", "surrogatepass")


def frames_of(parts: dict, key: bytes) -> list:
    """Signed frames (sometimes corrupted after signing, or signed wrongly)."""
    bodies = [encode(parts[name]) for name in ("header", "parent", "metadata", "content")]
    corruption = random.randrange(20)
    if corruption == 0:  # a byte flipped, then signed: the parser sees it
        index = random.randrange(4)
        body = bytearray(bodies[index])
        if body:
            body[random.randrange(len(body))] = random.randrange(256)
        bodies[index] = bytes(body)
    elif corruption == 1:  # invalid UTF-8 inside a string, signed
        bodies[3] = bodies[3].replace(b"1", b"\xff\xfe", 1) if b"1" in bodies[3] else b"{\"code\": \"\xc3\"}"
    elif corruption == 2:  # truncated JSON, signed
        index = random.randrange(4)
        bodies[index] = bodies[index][:random.randrange(len(bodies[index]) + 1)]
    signature = hmac.new(key, b"".join(bodies), hashlib.sha256).hexdigest().encode()
    signing = random.randrange(25)
    if signing == 0:
        signature = signature[:random.randrange(64)]
    elif signing == 1:
        signature = signature.upper()
    elif signing == 2:
        signature = signature + b"00"
    elif signing == 3:
        signature = bytes(random.randrange(256) for _ in range(64))
    frames = [b"<IDS|MSG>", signature] + bodies + parts["buffers"]
    framing = random.randrange(30)
    if framing == 0:
        frames = frames[:random.randrange(len(frames))]
    elif framing == 1:
        frames = [os.urandom(random.randrange(1, 300)) for _ in range(random.randrange(1, 3))] + frames
    elif framing == 2:
        frames = frames[1:]
    elif framing == 3:
        frames = frames + [b""] * random.randrange(1, 20)
    return frames or [b""]


def to_record(channel: str, frames: list) -> dict:
    return {"channel": channel, "frames": [base64.b64encode(frame).decode() for frame in frames]}


class Wire:
    """Raw DEALER sockets on a kernel's shell and control ports."""

    def __init__(self, kernel: Kernel):
        import zmq
        info = kernel.km.get_connection_info()
        self.key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
        context = zmq.Context.instance()
        self.sockets = {}
        for channel in ("shell", "control"):
            socket = context.socket(zmq.DEALER)
            socket.setsockopt(zmq.LINGER, 0)
            socket.setsockopt(zmq.RCVHWM, 0)
            socket.connect(f"tcp://{info['ip']}:{info[channel + '_port']}")
            self.sockets[channel] = socket

    def send(self, record: dict):
        frames = [base64.b64decode(frame) for frame in record["frames"]]
        self.sockets[record["channel"]].send_multipart(frames)

    def drain(self):
        import zmq
        for socket in self.sockets.values():
            while socket.poll(0):
                socket.recv_multipart(zmq.NOBLOCK)

    def close(self):
        for socket in self.sockets.values():
            socket.close()


def replay(kernel: Kernel, records: list, answer_timeout: float = 10) -> str:
    """Sends `records` to a fresh connection; 'ok', 'crash' or 'hang'."""
    wire = Wire(kernel)
    try:
        for record in records:
            wire.send(record)
        answered = kernel.answers(answer_timeout)
        wire.drain()
    finally:
        wire.close()
    kernel.drain_iopub()
    if not kernel.alive():
        return "crash"
    return "ok" if answered else "hang"


def culprit(kernel: Kernel, batch: list, outcome: str) -> list:
    """The one message of `batch` that alone gives `outcome`, or the whole batch."""
    for record in batch:
        kernel.restart()
        if replay(kernel, [record]) == outcome:
            return [record]
    return batch


def fuzz_wire(kernel: Kernel, seconds: float, seed: int, batch_size: int = 40, answer_timeout: float = 10,
              log=print) -> Report:
    random.seed(seed)
    report = Report("wire")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        wire = Wire(kernel)
        session = uuid.uuid4().hex
        batch = []
        for _ in range(batch_size):
            parts = wire_message(wire.key, session)
            batch.append(to_record(parts["channel"], frames_of(parts, wire.key)))
        wire.close()
        outcome = replay(kernel, batch, answer_timeout)
        report.runs += len(batch)
        if outcome != "ok":
            kept = culprit(kernel, batch, outcome)
            path = save_regression(f"wire-{outcome}", kept, "json")
            (report.crashes if outcome == "crash" else report.hangs).append(path)
            log(f"{outcome}: kept as {path.relative_to(ROOT)}")
            kernel.restart()
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600, help="time for each fuzzer")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--only", choices=["cells", "wire"])
    parser.add_argument("--binary", default=str(ROOT / ".build-test" / "release" / "loupe"))
    parser.add_argument("--cell-timeout", type=float, default=1.0, help="seconds before a cell is interrupted")
    parser.add_argument("--interrupt-grace", type=float, default=5.0,
                        help="seconds an interrupted cell has to reply before it counts as a hang")
    parser.add_argument("--slow-dir", type=pathlib.Path,
                        help="keep each slow-once cell here with its session and the kernel's stacks")
    parser.add_argument("--replay", type=pathlib.Path, help="replay one kept slow-once session and exit")
    args = parser.parse_args(argv)
    name = install_kernelspec(args.binary)
    kernel = Kernel(name)
    if args.replay:
        try:
            return 0 if replay_slow(kernel, args.replay, args.cell_timeout, args.interrupt_grace) == "ok" else 1
        finally:
            kernel.stop()
    reports = []
    try:
        print(f"seed {args.seed}", flush=True)
        if args.only in (None, "cells"):
            reports.append(fuzz_cells(kernel, args.seconds, args.seed, args.cell_timeout, args.interrupt_grace,
                                      slow_dir=args.slow_dir))
            print(reports[-1].summary(), flush=True)
        if args.only in (None, "wire"):
            reports.append(fuzz_wire(kernel, args.seconds, args.seed))
            print(reports[-1].summary(), flush=True)
    finally:
        kernel.stop()
    for report in reports:
        rate = report.runs / max(time.monotonic() - report.started, 1e-9)
        print(f"FIGURE: loupe {report.runs} {report.name} inputs, {len(report.crashes)} crashes, "
              f"{len(report.hangs)} hangs ({rate:.0f} inputs/s)")
    return 1 if any(report.crashes or report.hangs for report in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
