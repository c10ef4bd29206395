// Imported for its effect: every model's maths at once, for what shows them all (the essay's page and its server
// render, the landscape worker, the tests). An embed page loads only the maths of the model its link names
// (loadModel); a model registered whole (the line) needs no line here.
import "./valleys.maths.ts";
import "./classifier.maths.ts";
