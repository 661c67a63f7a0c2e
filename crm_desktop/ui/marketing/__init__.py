"""Marketing: segments, ABC/XYZ, campaigns and call lists."""
