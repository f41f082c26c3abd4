"""The signed site bundle ("qingyuan.site-bundle"): what a plant sends to head office by USB.

`format` holds the manifest and the name rules, `keys` the site's Ed25519 key, `writer` writes
a bundle through a temporary name, `verify` reads one as hostile input and `reader` streams the
rows of a verified bundle. The layout is documented in docs/bundle-format.md.
"""
