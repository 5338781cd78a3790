/// Chart values laid out as Graphics scenes, and their text renderings.
public enum Charts {}
