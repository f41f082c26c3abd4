"""Site, buses, devices and tags: what is measured, where and how.

Enumerated columns hold the `.value` strings of the domain enums, so the file stays readable
with any SQLite tool and survives enum reordering.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_ms: Mapped[int] = mapped_column(Integer)

    buses: Mapped[list[Bus]] = relationship(back_populates="site", order_by="Bus.id")


class Bus(Base):
    """A TCP endpoint or a serial port: one acquisition thread owns each."""

    __tablename__ = "buses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(32))
    host: Mapped[str] = mapped_column(String(255), default="")
    port: Mapped[int] = mapped_column(Integer, default=502)
    serial_port: Mapped[str] = mapped_column(String(255), default="")
    baudrate: Mapped[int] = mapped_column(Integer, default=9600)
    parity: Mapped[str] = mapped_column(String(1), default="N")
    stopbits: Mapped[int] = mapped_column(Integer, default=1)
    bytesize: Mapped[int] = mapped_column(Integer, default=8)
    timeout_s: Mapped[float] = mapped_column(Float, default=1.0)
    inter_request_delay_s: Mapped[float] = mapped_column(Float, default=0.0)
    retries: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)

    site: Mapped[Site] = relationship(back_populates="buses")
    devices: Mapped[list[Device]] = relationship(back_populates="bus", order_by="Device.id")


class Device(Base):
    __tablename__ = "devices"
    __table_args__ = (UniqueConstraint("bus_id", "unit_id", name="uq_devices_bus_unit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bus_id: Mapped[int] = mapped_column(ForeignKey("buses.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    unit_id: Mapped[int] = mapped_column(Integer)
    poll_interval_s: Mapped[float] = mapped_column(Float, default=1.0)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    options: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """Protocol settings as a JSON object of strings (line protocol request, regex, …)."""
    profile: Mapped[str] = mapped_column(String(100), default="", server_default="")

    bus: Mapped[Bus] = relationship(back_populates="devices")
    tags: Mapped[list[Tag]] = relationship(back_populates="device", order_by="Tag.id")


class Tag(Base):
    """One measured quantity. `name` is the stable key used by the CLI, formulas and exports."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(32), default="")
    register_type: Mapped[str] = mapped_column(String(32))
    address: Mapped[int] = mapped_column(Integer)
    data_type: Mapped[str] = mapped_column(String(16), default="float32")
    word_order: Mapped[str] = mapped_column(String(4), default="ABCD")
    scale: Mapped[float] = mapped_column(Float, default=1.0)
    offset: Mapped[float] = mapped_column(Float, default=0.0)
    is_counter: Mapped[bool] = mapped_column(Boolean, default=False)
    rollover: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_rate: Mapped[float | None] = mapped_column(Float, nullable=True)
    """Counters: largest plausible rate in units per second; None: 10 × the recent median."""
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    bit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    length: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    deadband: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    max_silence_s: Mapped[float] = mapped_column(Float, default=60.0, server_default="60")
    poll_interval_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    field: Mapped[str] = mapped_column(String(100), default="", server_default="")
    carrier: Mapped[str | None] = mapped_column(String(32), nullable=True)
    """The energy carrier (domain.energy.Carrier) a counter measures, for energy accounting."""

    device: Mapped[Device] = relationship(back_populates="tags")
