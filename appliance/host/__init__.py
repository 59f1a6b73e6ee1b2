"""The host: where the llama.cpp runtime and its converter live (``native``), and what each native
stack sees on this machine (``probes``: CPUs, GPUs, memory, the runtime's build). The ground floor
that serving, tuning and the doctor stand on."""
