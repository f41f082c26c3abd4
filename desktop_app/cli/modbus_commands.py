"""`qingyuan modbus read` and `qingyuan ports`: the commissioning tools of a plant engineer.

They answer what Modbus Poll answers — does the meter reply, with which bytes — and one more
question: which word order turns those bytes into the number on the meter's display.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from domain.instruments import BusConfig, BusKind, DataType, WordOrder
from drivers.modbus.codec import CodecError
from drivers.modbus.commissioning import (
    FUNCTION_TABLES,
    RawRead,
    decode_all_orders,
    decode_consecutive,
    read_raw,
)
from drivers.serial_ports import list_serial_ports

MANUAL_PREFIXES = {0: 1, 1: 2, 3: 4, 4: 3}
"""Leading digit of a manual register number → the function that reads that table."""


def add_parsers(sub: Any) -> None:
    modbus = sub.add_parser("modbus", help="commissioning: read a Modbus device directly")
    actions = modbus.add_subparsers(dest="modbus_command", required=True)
    read = actions.add_parser(
        "read",
        help="read registers or bits and decode them",
        description="Read from a Modbus TCP device (--host) or an RTU line (--serial). "
        "Give the 0-based PDU address (--address) or the manual's number (--register 30001).",
    )
    where = read.add_mutually_exclusive_group(required=True)
    where.add_argument("--host", help="IP address or host name (Modbus TCP)")
    where.add_argument("--serial", help="serial port, e.g. COM3 or /dev/ttyUSB0 (Modbus RTU)")
    read.add_argument("--port", type=int, default=502, help="TCP port (default 502)")
    read.add_argument(
        "--rtu-over-tcp", action="store_true", help="RTU frames over TCP (serial device servers)"
    )
    read.add_argument("--baud", type=int, default=9600, help="baud rate (default 9600)")
    read.add_argument("--parity", choices=("N", "E", "O"), default="N")
    read.add_argument("--stopbits", type=int, choices=(1, 2), default=1)
    read.add_argument("--unit", type=int, default=1, help="unit id (default 1)")
    read.add_argument(
        "--function",
        type=int,
        choices=(1, 2, 3, 4),
        default=None,
        help="1 coils, 2 discrete inputs, 3 holding, 4 input registers",
    )
    address = read.add_mutually_exclusive_group(required=True)
    address.add_argument("--address", type=_number, help="0-based PDU address (0x.. allowed)")
    address.add_argument(
        "--register",
        type=int,
        help="number as in the manual, e.g. 30001 or 40343 (sets the function)",
    )
    read.add_argument(
        "--count",
        type=int,
        default=None,
        help="registers or bits to read (default: what --type needs)",
    )
    read.add_argument("--type", choices=[t.value for t in DataType], default=None)
    read.add_argument(
        "--order",
        choices=[o.value for o in WordOrder],
        default=None,
        help="word order; without it every order is shown",
    )
    read.add_argument("--bit", type=int, default=None, help="bit number for --type bit")
    read.add_argument("--timeout", type=float, default=1.0, help="seconds (default 1)")
    read.add_argument("--retries", type=int, default=0)
    read.add_argument("--json", action="store_true", help="print one JSON object")

    ports = sub.add_parser("ports", help="list the serial ports of this computer")
    ports.add_argument("--json", action="store_true")


def run_modbus(args: argparse.Namespace) -> int:
    function, address = _function_and_address(args)
    data_type = DataType(args.type) if args.type else None
    count = args.count or (data_type.register_count if data_type else 1)
    if FUNCTION_TABLES[function].is_bit and data_type not in (None, DataType.BOOL):
        raise argparse.ArgumentTypeError("functions 1 and 2 read bits: use --type bool")
    result = read_raw(
        _bus(args), args.unit, function, address, count, attempts=1 + max(0, args.retries)
    )
    report = _report(result, data_type, args)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        _print_text(report)
    return 0 if result.ok else 1


def run_ports(args: argparse.Namespace) -> int:
    ports = list_serial_ports()
    if args.json:
        print(json.dumps([p.__dict__ for p in ports], ensure_ascii=False))
    elif not ports:
        print("no serial ports found", file=sys.stderr)
    for port in [] if args.json else ports:
        print(f"{port.device:16} {port.description}  {port.hwid}")
    return 0


def _number(text: str) -> int:
    return int(text, 0)


def _function_and_address(args: argparse.Namespace) -> tuple[int, int]:
    if args.register is None:
        return args.function or 3, args.address
    number = args.register
    width = 100_000 if number > 99_999 else 10_000
    prefix, rest = divmod(number, width)
    if prefix not in MANUAL_PREFIXES or rest < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a 0xxxx/1xxxx/3xxxx/4xxxx number")
    function = MANUAL_PREFIXES[prefix]
    if args.function and args.function != function:
        raise argparse.ArgumentTypeError(f"register {number} is read with function {function}")
    return function, rest - 1


def _bus(args: argparse.Namespace) -> BusConfig:
    if args.serial:
        return BusConfig(
            0,
            "commissioning",
            BusKind.MODBUS_RTU,
            serial_port=args.serial,
            baudrate=args.baud,
            parity=args.parity,
            stopbits=args.stopbits,
            timeout_s=args.timeout,
            retries=args.retries,
        )
    kind = BusKind.MODBUS_RTU_OVER_TCP if args.rtu_over_tcp else BusKind.MODBUS_TCP
    return BusConfig(
        0,
        "commissioning",
        kind,
        host=args.host,
        port=args.port,
        timeout_s=args.timeout,
        retries=args.retries,
    )


def _report(result: RawRead, data_type: DataType | None, args: argparse.Namespace) -> dict:
    table = FUNCTION_TABLES[result.function]
    report: dict[str, Any] = {
        "unit": result.unit_id,
        "function": result.function,
        "address": result.address,
        "manual_number": table.manual_number(result.address),
        "count": result.count,
        "status": result.status.value,
        "error": result.error,
        "exception_code": result.exception_code,
        "latency_ms": round(result.latency_ms, 2),
        "registers": list(result.registers),
        "bits": list(result.bits),
        "frames": [
            {"direction": f.direction.value, "time": f.at.isoformat(), "hex": f.hex()}
            for f in result.frames
        ],
    }
    if result.ok and data_type is not None and not table.is_bit:
        report["decoded"] = _decoded(result, data_type, args)
    return report


def _decoded(result: RawRead, data_type: DataType, args: argparse.Namespace) -> dict:
    registers = list(result.registers)
    described: dict[str, Any] = {"type": data_type.value}
    if not args.order:
        size = len(registers) if data_type is DataType.STRING else data_type.register_count
        orders = decode_all_orders(registers[:size], data_type, bit=args.bit)
        return described | {"all_orders": {o.value: _plain(v) for o, v in orders.items()}}
    order = WordOrder(args.order)
    described["order"] = order.value
    try:
        if data_type is DataType.BIT:
            values = [decode_all_orders(registers[:1], data_type, bit=args.bit)[order]]
        else:
            values = list(decode_consecutive(registers, data_type, order))
    except CodecError as error:
        return described | {"error": str(error)}
    return described | {"values": [_plain(v) for v in values]}


def _plain(value: object) -> object:
    if isinstance(value, CodecError):
        return {"error": str(value)}
    return value


def _print_text(report: dict) -> None:
    print(
        f"unit {report['unit']} · function {report['function']:02d} · address "
        f"{report['address']} (0x{report['address']:04X}, manual {report['manual_number']}) "
        f"· {report['latency_ms']} ms · {report['status']}"
    )
    if report["error"]:
        print(f"error: {report['error']}")
    for frame in report["frames"]:
        print(f"  {frame['direction'].upper()} {frame['hex']}")
    for offset, value in enumerate(report["registers"]):
        address = report["address"] + offset
        print(f"  {address:5d}  0x{address:04X}  {value:5d}  0x{value:04X}")
    for offset, bit in enumerate(report["bits"]):
        print(f"  {report['address'] + offset:5d}  {int(bit)}")
    decoded = report.get("decoded")
    if decoded and "all_orders" in decoded:
        for order, value in decoded["all_orders"].items():
            print(f"  {decoded['type']} {order}: {value}")
    elif decoded:
        print(f"  {decoded['type']} {decoded['order']}: {decoded.get('values', decoded)}")
