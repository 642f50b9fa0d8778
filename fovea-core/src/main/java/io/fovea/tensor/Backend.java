package io.fovea.tensor;

/**
 * Which kernels {@link Ops} runs on: {@code kernels} is {@code "vector"} or {@code "scalar"},
 * {@code lanes} the floats per SIMD register (1 for scalar), {@code reason} why they were chosen,
 * {@code threads} the size of the pool the kernels split their work over.
 */
public record Backend(String kernels, int lanes, String reason, int threads) {}
