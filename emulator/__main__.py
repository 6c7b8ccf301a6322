"""Run the Bot API emulator on its own: `python -m emulator --port 8081 --token ...`."""

from __future__ import annotations

import argparse
import asyncio

from emulator.server import BotApiEmulator, Faults, Limits


async def serve(args: argparse.Namespace) -> None:
    emulator = BotApiEmulator(
        args.token,
        latency=args.latency,
        limits=Limits(per_second=args.rate) if args.rate else None,
        faults=Faults(n_429=args.n429, share_5xx=args.share_5xx, spread=args.spread),
        keep_messages=not args.forget_messages,
    )
    url = await emulator.start(args.host, args.port)
    print(f"Bot API emulator on {url}", flush=True)
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", required=True)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--rate", type=float, default=0.0, help="enforce N sends/s (0: none)")
    parser.add_argument("--n429", type=int, default=0, help="429 answers to inject")
    parser.add_argument("--share-5xx", type=float, default=0.0, help="share of 5xx answers")
    parser.add_argument("--spread", type=int, default=10_000, help="requests the 429s spread over")
    parser.add_argument("--forget-messages", action="store_true", help="keep counts only")
    args = parser.parse_args()
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
