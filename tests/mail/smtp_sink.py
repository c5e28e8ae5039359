"""smtp_sink.py FOLDER - an SMTP server on 127.0.0.1 that keeps what it gets.

Writes the port it listens on to FOLDER/port, then each message it accepts
to FOLDER/N.eml (the bytes as sent) and its recipients to FOLDER/N.rcpt,
until it is killed.
"""
import os
import signal
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, str(self.count))
        with open(base + ".rcpt", "w", encoding="utf-8") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".eml.part", base + ".eml")
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    folder = sys.argv[1]
    port = free_port()
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    with open(os.path.join(folder, "port"), "w") as f:
        f.write(f"{port}\n")
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    done.wait(120)
    controller.stop()


main()
