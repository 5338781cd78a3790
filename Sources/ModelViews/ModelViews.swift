/// Pictures of neural networks and their training: built from Learn models and histories, drawn with Charts.
public enum ModelViews {}
