"""Draw the application icon (PNG sizes + Windows .ico) with Pillow: run from the repo root.

A navy rounded square with a rising bar chart in white and a red payback dot:
the product's promise (a business case that pays back) in one glyph.
"""

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
NAVY, WHITE, RED = (27, 58, 92, 255), (255, 255, 255, 255), (200, 40, 50, 255)


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink, for smooth edges
    s = size * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, s - 1, s - 1), radius=s // 5, fill=NAVY)
    base, width = int(s * 0.78), int(s * 0.13)
    for index, height in enumerate((0.22, 0.34, 0.48)):
        left = int(s * (0.2 + index * 0.2))
        pen.rectangle((left, base - int(s * height), left + width, base), fill=WHITE)
    radius = int(s * 0.08)
    cx, cy = int(s * 0.78), int(s * 0.24)
    pen.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=RED)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    big = draw(256)
    big.save(HERE / "presales-studio.png")
    big.save(HERE / "presales-studio.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64),
                                                  (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
