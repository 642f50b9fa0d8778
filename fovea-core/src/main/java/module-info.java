/**
 * Fovea: deep learning on images for the JVM, with a Keras-style {@code Sequential} API.
 *
 * <p>Every package is exported except the internals: {@code io.fovea.kernel}, the hot loops behind
 * {@code io.fovea.tensor} (callers go through {@code Ops} and the tensor API, so the kernels can
 * change without notice), and the file formats behind {@code io.fovea.saving.Models} ({@code
 * saving.keras3}, {@code saving.legacy}, {@code saving.hdf5}, {@code saving.fovea}: the door and
 * {@code ModelFile} decide which one runs).
 *
 * <p>{@code jdk.incubator.vector} is optional ({@code requires static}): {@code
 * io.fovea.kernel.KernelSelector} loads the Vector API kernels by name only when the JVM was
 * started with {@code --add-modules jdk.incubator.vector}, and the plain-Java kernels run
 * otherwise.
 */
module io.fovea {
  requires static jdk.incubator.vector;
  requires java.desktop;
  requires io.jhdf;
  requires org.knowm.xchart;
  // SVG export (plot.Figures). The jar names no module, so this name is derived from its file
  // name: if VectorGraphics2D ever declares one, change it here.
  requires VectorGraphics2D;

  exports io.fovea.activations;
  exports io.fovea.applications;
  exports io.fovea.callbacks;
  exports io.fovea.constraints;
  exports io.fovea.data;
  exports io.fovea.files;
  exports io.fovea.image;
  exports io.fovea.initializers;
  exports io.fovea.losses;
  exports io.fovea.metrics;
  exports io.fovea.model;
  exports io.fovea.nn;
  exports io.fovea.optimizers;
  exports io.fovea.plot;
  exports io.fovea.saving;
  exports io.fovea.saving.codec;
  exports io.fovea.saving.json;
  exports io.fovea.tensor;
}
