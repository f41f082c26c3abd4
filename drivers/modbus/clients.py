"""Build the pymodbus client a bus needs. Each client belongs to exactly one poller thread."""

from __future__ import annotations

from pymodbus import FramerType
from pymodbus.client import ModbusSerialClient, ModbusTcpClient

from domain.instruments import BusConfig, BusKind

ModbusClient = ModbusTcpClient | ModbusSerialClient


def make_client(bus: BusConfig) -> ModbusClient:
    if bus.kind is BusKind.MODBUS_TCP:
        return ModbusTcpClient(bus.host, port=bus.port, timeout=bus.timeout_s, retries=0)
    if bus.kind is BusKind.MODBUS_RTU_OVER_TCP:
        return ModbusTcpClient(
            bus.host, port=bus.port, framer=FramerType.RTU, timeout=bus.timeout_s, retries=0
        )
    return ModbusSerialClient(
        bus.serial_port,
        framer=FramerType.RTU,
        baudrate=bus.baudrate,
        parity=bus.parity,
        stopbits=bus.stopbits,
        bytesize=bus.bytesize,
        timeout=bus.timeout_s,
        retries=0,
    )
