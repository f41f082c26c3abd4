"""Pure rules of Qingyuan: value types, quality codes, roles, instrument configuration.

Nothing here imports Qt, a database driver or an I/O library, so every rule can be tested in
milliseconds and reused by the acquisition engine, storage, reports and the GUI alike.
"""
