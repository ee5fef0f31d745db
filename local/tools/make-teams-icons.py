#!/usr/bin/env python3
"""Draws the Teams app icons SPFx packs: <web part id>_color.png (192x192, green tile, white leaf)
and <web part id>_outline.png (32x32, white leaf on transparent). Standard library only."""
import json, math, os, struct, zlib

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'teams')
manifest = os.path.join(here, '..', 'src', 'webparts', 'miljomal', 'MiljomalWebPart.manifest.json')
with open(manifest, encoding='utf-8') as f:
    part_id = json.load(f)['id']

def leaf(x, y):
    """Inside a leaf: the intersection of two discs, tilted 45 degrees, plus a stem."""
    u, v = (x + y) / math.sqrt(2), (y - x) / math.sqrt(2)
    r, offset = 0.42, 0.22
    inside = (u ** 2 + (v - offset) ** 2 <= r ** 2) and (u ** 2 + (v + offset) ** 2 <= r ** 2)
    stem = abs(v) < 0.025 and 0.28 < u < 0.45
    return inside or stem

def png(size, background):
    samples = 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            hits = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = ((px + (sx + 0.5) / samples) / size - 0.5) * 1.1
                    y = ((py + (sy + 0.5) / samples) / size - 0.5) * 1.1
                    hits += leaf(x, y)
            cover = hits / samples ** 2
            if background:
                r, g, b = background
                row += bytes([round(r + (255 - r) * cover), round(g + (255 - g) * cover), round(b + (255 - b) * cover), 255])
            else:
                row += bytes([255, 255, 255, round(255 * cover)])
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')

with open(os.path.join(here, f'{part_id}_color.png'), 'wb') as f:
    f.write(png(192, (16, 110, 60)))
with open(os.path.join(here, f'{part_id}_outline.png'), 'wb') as f:
    f.write(png(32, None))
