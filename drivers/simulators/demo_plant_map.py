"""The demo plant's register map, as data: the single source of truth for simulator and site.

The simulator serves exactly these registers and the demo site configuration polls exactly these
tags, so the two cannot drift apart. Addresses are 0-based PDU addresses; `scale` turns the raw
register value into engineering units (value = raw × scale), which is also how the simulator
encodes (raw = value / scale).

`SIMULATOR_ONLY_TAGS` lists registers a real meter of the same model also answers but that the
demo site does not poll, and `RESERVED_REGISTERS` the holes inside a meter's parameter table that
read as zero. The SDM630 answers its whole table (0x0000–0x004F) in one request, and the
acquisition planner reads small gaps between tags rather than issuing extra requests, so the
simulator must fill the table just as the real meter does. Anything else is undefined and
answers exception 02 (illegal data address).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from domain.instruments import DataType, RegisterType, WordOrder

__all__ = [
    "ALL_TAGS",
    "DEMO_BUSES",
    "RESERVED_REGISTERS",
    "SIMULATOR_ONLY_TAGS",
    "DemoBus",
    "DemoDevice",
    "DemoTag",
]

_IR = RegisterType.INPUT_REGISTER
_HR = RegisterType.HOLDING_REGISTER
_F32 = DataType.FLOAT32
_U32 = DataType.UINT32
_U16 = DataType.UINT16
_ABCD = WordOrder.ABCD
_CDAB = WordOrder.CDAB


@dataclass(frozen=True)
class DemoTag:
    key: str
    label_zh: str
    label_en: str
    unit: str
    register_type: RegisterType
    address: int
    data_type: DataType
    word_order: WordOrder
    scale: float = 1.0
    is_counter: bool = False
    rollover: float | None = None


@dataclass(frozen=True)
class DemoDevice:
    key: str
    unit_id: int
    label_zh: str
    label_en: str
    model: str
    tags: tuple[DemoTag, ...]


@dataclass(frozen=True)
class DemoBus:
    key: str
    label_zh: str
    label_en: str
    port_offset: int
    devices: tuple[DemoDevice, ...]


def _sdm(
    key: str,
    zh: str,
    en: str,
    unit: str,
    address: int,
    scale: float = 1.0,
    counter: bool = False,
) -> DemoTag:
    """An Eastron SDM630 parameter: input register, float32, big-endian words and bytes."""
    return DemoTag(f"power_main_{key}", zh, en, unit, _IR, address, _F32, _ABCD, scale, counter)


def _abcd(
    key: str,
    zh: str,
    en: str,
    unit: str,
    address: int,
    register_type: RegisterType = _HR,
) -> DemoTag:
    """A big-endian float32 process value, the layout of most flow computers and analyzers."""
    return DemoTag(key, zh, en, unit, register_type, address, _F32, _ABCD)


def _flow_meter(key: str, unit_id: int, purpose_zh: str, purpose_en: str) -> DemoDevice:
    """A generic electromagnetic flow meter: word-swapped (CDAB) rate and 0.01 m³ total."""
    return DemoDevice(
        key,
        unit_id,
        f"{purpose_zh}流量计",
        f"{purpose_en} flow meter",
        "Generic electromagnetic flow meter",
        (
            DemoTag(
                f"{key}_flow",
                f"{purpose_zh}瞬时流量",
                f"{purpose_en} flow rate",
                "m³/h",
                _HR,
                0,
                _F32,
                _CDAB,
            ),
            DemoTag(
                f"{key}_total",
                f"{purpose_zh}累计流量",
                f"{purpose_en} cumulative volume",
                "m³",
                _HR,
                2,
                _U32,
                _CDAB,
                scale=0.01,
                is_counter=True,
                rollover=42949672.96,
            ),
        ),
    )


def _total(key: str, zh: str, en: str, unit: str, address: int, scale: float) -> DemoTag:
    """A big-endian uint32 totaliser in holding registers, as flow computers keep them."""
    return DemoTag(key, zh, en, unit, _HR, address, _U32, _ABCD, scale=scale, is_counter=True)


_POWER_MAIN = DemoDevice(
    "power_main",
    1,
    "总进线电表",
    "Main incomer meter",
    "Eastron SDM630",
    (
        _sdm("voltage_l1", "A相电压", "Voltage L1", "V", 0x0000),
        _sdm("voltage_l2", "B相电压", "Voltage L2", "V", 0x0002),
        _sdm("voltage_l3", "C相电压", "Voltage L3", "V", 0x0004),
        _sdm("current_l1", "A相电流", "Current L1", "A", 0x0006),
        _sdm("current_l2", "B相电流", "Current L2", "A", 0x0008),
        _sdm("current_l3", "C相电流", "Current L3", "A", 0x000A),
        _sdm("active_power", "总有功功率", "Total active power", "kW", 0x0034, scale=0.001),
        _sdm("power_factor", "总功率因数", "Total power factor", "", 0x003E),
        _sdm("frequency", "电网频率", "Frequency", "Hz", 0x0046),
        _sdm("import_energy", "正向有功电能", "Import active energy", "kWh", 0x0048, counter=True),
        _sdm("total_energy", "总有功电能", "Total active energy", "kWh", 0x0156, counter=True),
    ),
)

_GAS_MAIN = DemoDevice(
    "gas_main",
    4,
    "天然气流量计",
    "Natural-gas meter",
    "Gas flow computer",
    (
        _abcd("gas_main_flow", "天然气标况流量", "Natural-gas standard flow", "Nm³/h", 0),
        _abcd("gas_main_temperature", "天然气温度", "Natural-gas temperature", "°C", 2),
        _abcd("gas_main_pressure", "天然气压力", "Natural-gas pressure", "kPa", 4),
        _total("gas_main_total", "天然气累计量", "Natural-gas total volume", "Nm³", 6, 0.1),
    ),
)

_STEAM_MAIN = DemoDevice(
    "steam_main",
    5,
    "蒸汽流量计",
    "Steam meter",
    "Steam flow computer",
    (
        _abcd("steam_main_flow", "蒸汽质量流量", "Steam mass flow", "t/h", 0),
        _abcd("steam_main_temperature", "蒸汽温度", "Steam temperature", "°C", 2),
        _abcd("steam_main_pressure", "蒸汽压力", "Steam pressure", "MPa", 4),
        _total("steam_main_total", "蒸汽累计量", "Steam total mass", "t", 6, 0.001),
    ),
)

_PRODUCTION_LINE1 = DemoDevice(
    "production_line1",
    6,
    "一号线产量计数器",
    "Line 1 production counter",
    "Production counter",
    (
        _total(
            "production_line1_output_total",
            "一号线合格品累计产量",
            "Line 1 qualified output total",
            "t",
            0,
            0.001,
        ),
        _abcd("production_line1_rate", "一号线生产速率", "Line 1 production rate", "t/h", 2),
        DemoTag(
            "production_line1_running",
            "一号线运行状态",
            "Line 1 run state",
            "",
            _HR,
            4,
            _U16,
            _ABCD,
        ),
    ),
)

_WASTEWATER = DemoDevice(
    "wastewater",
    1,
    "废水总排口在线监测",
    "Wastewater outfall analyzer",
    "Wastewater online analyzer",
    (
        _abcd("wastewater_cod", "化学需氧量 COD", "COD", "mg/L", 0, _IR),
        _abcd("wastewater_nh3n", "氨氮 NH3-N", "Ammonia nitrogen NH3-N", "mg/L", 2, _IR),
        _abcd("wastewater_ph", "pH值", "pH", "", 4, _IR),
        _abcd("wastewater_flow", "废水排放流量", "Wastewater discharge flow", "m³/h", 6, _IR),
    ),
)

_STACK = DemoDevice(
    "stack",
    2,
    "锅炉烟囱CEMS",
    "Boiler stack CEMS",
    "Stack CEMS",
    (
        _abcd("stack_so2", "二氧化硫 SO2", "Sulphur dioxide SO2", "mg/m³", 0, _IR),
        _abcd("stack_nox", "氮氧化物 NOx", "Nitrogen oxides NOx", "mg/m³", 2, _IR),
        _abcd("stack_dust", "颗粒物(烟尘)", "Particulate matter (dust)", "mg/m³", 4, _IR),
        _abcd("stack_o2", "含氧量 O2", "Oxygen O2", "%", 6, _IR),
        _abcd("stack_flue_flow", "烟气流量", "Flue-gas flow", "m³/h", 8, _IR),
        _abcd("stack_flue_temperature", "烟气温度", "Flue-gas temperature", "°C", 10, _IR),
    ),
)

DEMO_BUSES: tuple[DemoBus, ...] = (
    DemoBus(
        "utilities",
        "公用工程网关",
        "Utilities gateway",
        0,
        (
            _POWER_MAIN,
            _flow_meter("water_fresh", 2, "新鲜水", "Fresh-water"),
            _flow_meter("water_reclaimed", 3, "中水回用", "Reclaimed-water"),
            _GAS_MAIN,
            _STEAM_MAIN,
            _PRODUCTION_LINE1,
        ),
    ),
    DemoBus("environment", "环保在线监测", "Environmental monitoring", 1, (_WASTEWATER, _STACK)),
)

_SDM630_TABLE: tuple[DemoTag, ...] = (
    _sdm("active_power_l1", "A相有功功率", "Active power L1", "kW", 0x000C, scale=0.001),
    _sdm("active_power_l2", "B相有功功率", "Active power L2", "kW", 0x000E, scale=0.001),
    _sdm("active_power_l3", "C相有功功率", "Active power L3", "kW", 0x0010, scale=0.001),
    _sdm("apparent_power_l1", "A相视在功率", "Apparent power L1", "kVA", 0x0012, scale=0.001),
    _sdm("apparent_power_l2", "B相视在功率", "Apparent power L2", "kVA", 0x0014, scale=0.001),
    _sdm("apparent_power_l3", "C相视在功率", "Apparent power L3", "kVA", 0x0016, scale=0.001),
    _sdm("reactive_power_l1", "A相无功功率", "Reactive power L1", "kvar", 0x0018, scale=0.001),
    _sdm("reactive_power_l2", "B相无功功率", "Reactive power L2", "kvar", 0x001A, scale=0.001),
    _sdm("reactive_power_l3", "C相无功功率", "Reactive power L3", "kvar", 0x001C, scale=0.001),
    _sdm("power_factor_l1", "A相功率因数", "Power factor L1", "", 0x001E),
    _sdm("power_factor_l2", "B相功率因数", "Power factor L2", "", 0x0020),
    _sdm("power_factor_l3", "C相功率因数", "Power factor L3", "", 0x0022),
    _sdm("phase_angle_l1", "A相相位角", "Phase angle L1", "°", 0x0024),
    _sdm("phase_angle_l2", "B相相位角", "Phase angle L2", "°", 0x0026),
    _sdm("phase_angle_l3", "C相相位角", "Phase angle L3", "°", 0x0028),
    _sdm("voltage_avg", "平均相电压", "Average phase voltage", "V", 0x002A),
    _sdm("current_avg", "平均线电流", "Average line current", "A", 0x002E),
    _sdm("current_sum", "线电流之和", "Sum of line currents", "A", 0x0030),
    _sdm("apparent_power", "总视在功率", "Total apparent power", "kVA", 0x0038, scale=0.001),
    _sdm("reactive_power", "总无功功率", "Total reactive power", "kvar", 0x003C, scale=0.001),
    _sdm("phase_angle", "总相位角", "Total phase angle", "°", 0x0042),
    _sdm("export_energy", "反向有功电能", "Export active energy", "kWh", 0x004A, counter=True),
    _sdm(
        "import_reactive_energy",
        "正向无功电能",
        "Import reactive energy",
        "kvarh",
        0x004C,
        counter=True,
    ),
    _sdm(
        "export_reactive_energy",
        "反向无功电能",
        "Export reactive energy",
        "kvarh",
        0x004E,
        counter=True,
    ),
    _sdm(
        "total_reactive_energy",
        "总无功电能",
        "Total reactive energy",
        "kvarh",
        0x0158,
        counter=True,
    ),
)

SIMULATOR_ONLY_TAGS: Mapping[str, tuple[DemoTag, ...]] = MappingProxyType(
    {"power_main": _SDM630_TABLE}
)

RESERVED_REGISTERS: Mapping[str, tuple[tuple[RegisterType, int, int], ...]] = MappingProxyType(
    {"power_main": tuple((_IR, address, 2) for address in (0x2C, 0x32, 0x36, 0x3A, 0x40, 0x44))}
)
"""Per device key: (register type, first address, count) of reserved holes that read as zero."""

ALL_TAGS: tuple[DemoTag, ...] = tuple(
    tag for bus in DEMO_BUSES for device in bus.devices for tag in device.tags
)
"""Every tag the demo site polls, in map order (excludes `SIMULATOR_ONLY_TAGS`)."""
