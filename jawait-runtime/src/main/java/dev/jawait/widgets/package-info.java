/**
 * Jupyter widgets for jawait sessions, speaking the ipywidgets protocol version 2 that
 * {@code jupyter-js-widgets} 2.1 (ipywidgets 6, Debian's Notebook 6) renders: {@link
 * dev.jawait.widgets.IntSlider}, {@link dev.jawait.widgets.FloatSlider}, {@link
 * dev.jawait.widgets.Text}, {@link dev.jawait.widgets.Button}, {@link dev.jawait.widgets.Checkbox},
 * {@link dev.jawait.widgets.Dropdown}, {@link dev.jawait.widgets.Image}, {@link dev.jawait.widgets.Output}, {@link
 * dev.jawait.widgets.HBox} and {@link dev.jawait.widgets.VBox}. {@code import dev.jawait.widgets.*;}
 */
package dev.jawait.widgets;
