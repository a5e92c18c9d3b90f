"""The child process that runs llama.cpp's own server (from the ``xllamacpp`` wheel) for the local engine.

Started by :class:`coach.engines.local.LocalServer` as ``python -m coach.engines.local_server
CONFIG_JSON``. It loads the model, binds a free port on 127.0.0.1, prints ``{"url": ...}`` on one
line of stdout and then serves until its stdin closes: when the coach exits, however it exits, the
pipe closes and the server goes with it. A separate process keeps llama.cpp's threads and any native
crash away from the coach, and lets the coach stop it at once.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> None:
    """Load the model, report the address, serve until stdin closes."""
    config = json.loads(sys.argv[1])
    import xllamacpp  # imported here so a missing wheel is reported by the parent as one line

    params = xllamacpp.CommonParams()
    params.model.path = config["model"]
    params.n_ctx = int(config["context"])
    params.cpuparams.n_threads = int(config["threads"])
    params.cpuparams_batch.n_threads = int(config["threads"])
    params.hostnames = ["127.0.0.1"]  # loopback only: the model server is for this machine
    params.port = 0  # the kernel picks a free port; the child reports it
    params.n_parallel = 1
    server = xllamacpp.Server(params)
    print(json.dumps({"url": server.listening_address}), flush=True)
    sys.stdin.read()  # returns when the parent closes the pipe or dies
    os._exit(0)  # skip the slow orderly teardown: nothing is left to save


if __name__ == "__main__":
    main()
