#!/usr/bin/env python3
"""type.py LINE... -- SHELL [ARG...] - type into an interactive shell.

Starts SHELL under a pseudo-terminal and types each LINE as a person
would, a Tab wherever the LINE has a tab character, then Enter; then
exit.  Prints what the terminal showed, for a failing test to show.
Keys are typed ahead: the shell reads them in order, a Tab's completion
done before the next key is read, so no timing decides the result.
"""
import os
import pty
import select
import sys
import time


def drain(fd, out, quiet, limit):
    """Reads from fd into out until it is quiet for quiet seconds."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return True
        try:
            data = os.read(fd, 4096)
        except OSError:
            return False
        if not data:
            return False
        out.extend(data)
    return True


def main():
    split = sys.argv.index("--")
    lines, command = sys.argv[1:split], sys.argv[split + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    out = bytearray()
    drain(fd, out, 1.0, 10)
    for line in lines:
        for key in line.encode() + b"\r":
            os.write(fd, bytes([key]))
            if key == 9:
                drain(fd, out, 0.2, 10)
        drain(fd, out, 0.2, 10)
    os.write(fd, b"exit\r")
    deadline = time.monotonic() + 60
    while drain(fd, out, 1.0, 5) and time.monotonic() < deadline:
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(bytes(out).replace(b"\r", b""))
    return 0 if os.WIFEXITED(status) else 1


if __name__ == "__main__":
    sys.exit(main())
