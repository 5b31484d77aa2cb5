# Runs a command on a new pseudo-terminal and plays a script of steps against it, for the attach
# e2e tests: a real terminal (raw mode, ctrl keys as bytes, SIGWINCH) for the docker CLI and berth.
#   python3 pty-drive.py '<steps json>' cmd [args...]
# Steps: ["expect", text, timeout_ms] waits until the output so far contains text (from where the
# last expect matched); ["send", text] types text (latin-1); ["until", text, want, timeout_ms] types
# text every 500 ms until the output contains want (after a winsize, each retry signals the size
# again); ["sleep", ms]; ["signal", "SIGINT"] signals the command; ["winsize", rows, cols] resizes
# the terminal (the command gets SIGWINCH). The
# terminal starts at 24x80. Then the output is read until the command closes the terminal (20 s at
# most) and {"code", "out", "failed"} is printed as JSON; `failed` names an expect that timed out.
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

steps = json.loads(sys.argv[1])
argv = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)


def set_size(rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))


set_size(24, 80)
# The size a winsize step set, until an `until` step saw its effect.
pending_size = None

out = b''
closed = False


def read_for(seconds):
    global out, closed
    end = time.time() + seconds
    while not closed:
        left = end - time.time()
        if left <= 0:
            return
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b''
        if not data:
            closed = True
            return
        out += data
        return


failed = None
mark = 0


def await_output(text, timeout_ms, resend=None):
    """Reads until the output since the last match contains text; with resend, types it every
    500 ms meanwhile. Moves the mark past the match; False when the time ran out first."""
    global mark
    want = text.encode('latin-1')
    deadline = time.time() + timeout_ms / 1000
    first = True
    while out.find(want, mark) < 0 and not closed and time.time() < deadline:
        if resend is not None and pending_size is not None and not first:
            # A SIGWINCH can come before the command listens for it (the docker CLI installs its
            # handler only after its first resize call returns); the kernel signals only a change,
            # so step aside and back.
            set_size(pending_size[0], pending_size[1] + 1)
            set_size(*pending_size)
        first = False
        if resend is not None:
            os.write(fd, resend.encode('latin-1'))
        end = min(deadline, time.time() + 0.5) if resend is not None else deadline
        while out.find(want, mark) < 0 and not closed and time.time() < end:
            read_for(end - time.time())
    at = out.find(want, mark)
    if at < 0:
        return False
    mark = at + len(want)
    return True


for step in steps:
    kind = step[0]
    if kind == 'expect':
        if not await_output(step[1], step[2] if len(step) > 2 else 10000):
            failed = step[1]
            break
    elif kind == 'send':
        os.write(fd, step[1].encode('latin-1'))
    elif kind == 'until':
        # ["until", text, want, timeout_ms]: types text every 500 ms until the output shows want
        # (what follows an asynchronous change, such as a resize, whatever the machine's load).
        if not await_output(step[2], step[3] if len(step) > 3 else 10000, resend=step[1]):
            failed = step[2]
            break
        pending_size = None
    elif kind == 'sleep':
        end = time.time() + step[1] / 1000
        while time.time() < end and not closed:
            read_for(end - time.time())
    elif kind == 'signal':
        os.kill(pid, getattr(signal, step[1]))
    elif kind == 'winsize':
        set_size(step[1], step[2])
        pending_size = (step[1], step[2])

deadline = time.time() + 20
while not closed and time.time() < deadline:
    read_for(deadline - time.time())
if not closed:
    os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
sys.stdout.write(json.dumps({'code': code, 'out': out.decode('utf-8', 'replace'), 'failed': failed}))
