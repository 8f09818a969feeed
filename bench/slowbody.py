#!/usr/bin/env python3
"""The slow-body attack of issue 12, measured: ATTACKERS connections each promise a body of PROMISED bytes to the
public registration and send one byte every INTERVAL seconds (a cut connection is opened again at once), while a
reader GETs /api/pillars in a loop. Prints the reader's latencies (p50, p99, max) and errors, and how the server
ended the attackers' requests. Loopback only; every loop is bounded by DURATION.

Usage: python3 bench/slowbody.py [--port 8181] [--attackers 80] [--sources 16] [--duration 60] [--interval 5]
"""
import argparse
import socket
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=8181)
parser.add_argument("--attackers", type=int, default=80)
parser.add_argument("--duration", type=float, default=60)
parser.add_argument("--interval", type=float, default=5)
parser.add_argument("--promised", type=int, default=100_000)
parser.add_argument("--path", default="/api/external/candidates")
parser.add_argument("--sources", type=int, default=16,
                    help="attackers come from 127.0.0.2 .. 127.0.0.(1+N), as from N addresses (loopback only)")
args = parser.parse_args()

HOST = "127.0.0.1"
deadline = time.monotonic() + args.duration
lock = threading.Lock()
ended = {}  # how the server ended attackers' requests: status line or "closed"


def count(outcome):
    with lock:
        ended[outcome] = ended.get(outcome, 0) + 1


def attacker(number):
    source = ("127.0.0." + str(2 + number % args.sources), 0)
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, args.port), timeout=args.interval + 30, source_address=source) as s:
                s.sendall((f"POST {args.path} HTTP/1.1\r\nHost: {HOST}:{args.port}\r\n"
                           f"Content-Type: application/json\r\nContent-Length: {args.promised}\r\n\r\n{{").encode())
                s.settimeout(args.interval)
                while time.monotonic() < deadline:
                    try:
                        answer = s.recv(4096)
                        count(answer.split(b"\r\n", 1)[0].decode(errors="replace") if answer else "closed")
                        break
                    except socket.timeout:
                        s.sendall(b" ")
        except OSError as e:
            count(type(e).__name__)
            time.sleep(0.1)


latencies = []
errors = []


def reader():
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            with socket.create_connection((HOST, args.port), timeout=10) as s:
                s.sendall(f"GET /api/pillars HTTP/1.1\r\nHost: {HOST}:{args.port}\r\nConnection: close\r\n\r\n".encode())
                answer = b""
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    answer += chunk
            status = answer.split(b"\r\n", 1)[0]
            if b" 200 " not in status:
                errors.append(status.decode(errors="replace"))
        except OSError as e:
            errors.append(type(e).__name__)
        latencies.append(time.monotonic() - started)
        time.sleep(0.05)


threads = [threading.Thread(target=attacker, args=(number,), daemon=True) for number in range(args.attackers)]
for thread in threads:
    thread.start()
time.sleep(min(2, args.duration / 4))  # the attack is under way before the first read
read = threading.Thread(target=reader)
read.start()
read.join()
for thread in threads:
    thread.join(timeout=args.interval + 5)

latencies.sort()


def percentile(p):
    return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")


print(f"attack: {args.attackers} connections from {args.sources} addresses, {args.promised} bytes promised, "
      f"1 byte / {args.interval} s, {args.duration:.0f} s")
print(f"reader GET /api/pillars: {len(latencies)} requests, errors {len(errors)}, "
      f"p50 {percentile(0.50):.1f} ms, p99 {percentile(0.99):.1f} ms, max {percentile(1.0):.1f} ms")
print("attackers ended by: " + ", ".join(f"{k} x{v}" for k, v in sorted(ended.items())))
if errors:
    print("first errors: " + "; ".join(errors[:5]))
