"""Export: a stored model to GGUF (llama.cpp's converter and quantizer in worker processes), and the
verification gate that compares the GGUF with the model it was made from (the torch half, the
llama.cpp half, the probe sets, the verdict)."""
