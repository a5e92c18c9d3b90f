import socket
import threading

import pytest


def test_non_loopback_connect_is_blocked() -> None:
    # 192.0.2.0/24 is reserved for documentation; the guard refuses before any packet is sent.
    with pytest.raises(OSError, match="may not reach the network"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_connect_ex_is_blocked_too() -> None:
    with socket.socket() as s, pytest.raises(OSError, match="may not reach the network"):
        s.connect_ex(("198.51.100.7", 443))


def test_loopback_still_works() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        accepted.append(conn.recv(5))
        conn.close()

    thread = threading.Thread(target=serve)
    thread.start()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(b"hello")
    thread.join(timeout=5)
    server.close()
    assert accepted == [b"hello"]
