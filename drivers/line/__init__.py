"""Plain-text serial instruments ("line protocols"): scales, analyzers, totalizers.

Each device on such a bus answers a text request (or streams by itself) with one line that a
regular expression with named groups takes apart; `protocol` is the pure parsing, `transport`
the bytes on the wire, `poller` the bus thread.
"""
